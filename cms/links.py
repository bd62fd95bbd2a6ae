"""Absolute links: every absolute URL the portal writes (e-mails, the API's ``detail_url`` and ``html_url``,
fact sheets, reply templates, the admin's notices) starts with one configured address,
``settings.PORTAL_BASE_URL`` (the environment's ``PORTAL_BASE_URL``; `make run` sets it from ``PORT``).

Not the Site record's hostname and port (``localhost:80`` in the demo, and easily stale), and not the
request's Host header (chosen by the client): a link in an e-mail must work wherever it is read. Page models
get their full URLs from here through ``PortalPage.get_url_parts``; everything else calls ``absolute_url``.
The setting is read at each call, so a changed setting (a test's ``override_settings``) applies at once.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation


def base_url() -> str:
    """``https://invest.example.gov.vn`` (no trailing slash)."""
    return settings.PORTAL_BASE_URL.rstrip("/")


def absolute_url(path: str) -> str:
    """``/en/inquiries/new/`` → ``https://invest.example.gov.vn/en/inquiries/new/``; an absolute URL stays."""
    if "://" in path:
        return path
    return base_url() + "/" + path.lstrip("/")


def absolute_reverse(viewname: str, *, language: str | None = None, **kwargs) -> str:
    """The absolute URL of a named URL, under ``language``'s prefix when the pattern has one."""
    if language is None:
        return absolute_url(reverse(viewname, **kwargs))
    with translation.override(language):
        return absolute_url(reverse(viewname, **kwargs))


def page_absolute_url(page, language: str | None = None) -> str:
    """A page's absolute URL in ``language`` (its translated slug under that prefix); "" if not routable."""
    if language is None:
        return page.get_full_url() or ""
    with translation.override(language):
        return page.get_full_url() or ""
