from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from cms.i18n import LANGUAGE_CODES, page_languages, page_url_in, translation_state
from cms.links import absolute_url
from cms.models import PrivacyNoticePage
from cms.render_cache import cached, html_for_reader, html_to_keep
from cms.visibility import public_pages

register = template.Library()


def _page_of(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language for the switcher and the hreflang alternates.

    On a page, each language links to the same page in that language (its translated slug);
    elsewhere, to the same path under the other language prefix.
    """
    request = context.get("request")
    page = _page_of(context)
    if page is None or page.pk is None:
        return _language_links(request, page)
    # A page's links depend on its slugs and titles only (kept until the next publish); a route of a routable page
    # (``/projects/compare/``) links to the page itself, as before.
    return cached("languages", page.pk, request=request, compute=lambda: _language_links(request, page))


def _language_links(request, page):
    current = translation.get_language()
    available = page_languages(page) if page else LANGUAGE_CODES
    links = []
    for code in LANGUAGE_CODES:
        if page is not None:
            url = page_url_in(page, code, request)
        else:
            url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
        links.append(
            {
                "code": code,
                "name": settings.LANGUAGE_NATIVE_NAMES[code],
                "url": url,
                "current": code == current,
                "available": code in available,
                "absolute_url": absolute_url(url),  # the configured base URL, never the request's Host
            }
        )
    return links


@register.simple_tag(takes_context=True)
def page_translation_state(context):
    page = _page_of(context)
    return translation_state(page) if page else None


@register.simple_tag(takes_context=True)
def navigation_pages(context) -> list[dict]:
    """The site's menu: each public, live child of the root that is shown in menus, as ``title``, ``url``,
    ``path`` and ``depth`` (kept until the next publish)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []

    def compute():
        pages = public_pages(site.root_page.get_children().live(), request=request)
        pages = pages.in_menu().only("id", "title", "url_path", "depth", "path")
        return [
            {"title": page.title, "url": page.get_url(request=request), "path": page.path, "depth": page.depth}
            for page in pages
        ]

    return cached("navigation", request=request, compute=compute)


@register.simple_tag(takes_context=True)
def cached_include(context, template_name: str, name: str, *parts):
    """``{% include template_name %}``, its HTML kept under ``name`` and ``parts`` until the next publish
    (``cms.render_cache``): for fragments that depend only on the language, the site and the ``parts`` given."""
    request = context.get("request")

    def compute():
        return html_to_keep(str(context.template.engine.get_template(template_name).render(context)))

    html = html_for_reader(cached(name, *parts, request=request, compute=compute), request)
    return mark_safe(html)  # noqa: S308  (the output of a template, escaped as it rendered)


@register.filter
def language_name(code: str) -> str:
    """The language's name in the reader's language ("ベトナム語" on a Japanese page); the language
    switcher uses each language's own name instead (``language_names``)."""
    return str(dict(settings.LANGUAGES).get(code, code))


@register.filter
def language_names(codes) -> str:
    """Several language names in the reader's language, as a list ("English, Vietnamese")."""
    return ", ".join(language_name(code) for code in codes)


@register.simple_tag(takes_context=True)
def privacy_notice_url(context) -> str:
    """The URL of the site's live privacy notice in the reader's language, or "" when there is none (asked
    once per request: the footer and every consent text link to it)."""
    request = context.get("request")
    memo = getattr(request, "_portal_privacy_notice_url", None) if request is not None else None
    if memo is not None:
        return memo

    def compute():
        notice = PrivacyNoticePage.objects.live().defer_streamfields().first()  # a notice is never private
        return (notice.get_url(request=request) or "") if notice is not None else ""

    url = cached("privacy-notice-url", request=request, compute=compute)
    if request is not None:
        request._portal_privacy_notice_url = url
    return url
