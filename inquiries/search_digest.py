"""The weekly digest of what investors could not find (issue 15.7): per language, the queries that found
nothing and the queries whose results nobody opened over the last seven days (``search.selectors.
search_digest``), with a link to the admin report, queued through the portal's outbox (``outbox.py``) like
the events' e-mails: no inquiry, one e-mail per recipient.

Who receives it: every active user with an e-mail address who may read the search report, i.e. holds
``portal_search.view_searchquerylog`` (through a group, directly, or as a superuser). The digest is the report
in short and its link leads there, so the people who can act on it (add a synonym, write the missing page)
are exactly the people the permission names; an administrator grants "Can view search" to the group that
looks after the content in Wagtail's group editor, and nobody else is mailed. The same address is mailed once.

Each recipient reads it in their admin language (Wagtail's account setting, ``UserProfile``), falling back
to the site's language. The key ``search-digest:<ISO week>:<user id>`` makes it once per week and person: a
second run in the same week (a restarted scheduler, a manual run) queues nothing more. A week without any
search queues nothing (there is nothing to tell)."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.users.models import UserProfile

from search.selectors import search_digest

from .models import OutgoingEmail
from .outbox import email_queue

PERMISSION = "portal_search.view_searchquerylog"
PERIOD = timedelta(days=7)


@dataclass(frozen=True)
class DigestRecipient:
    user_id: int
    email: str
    language: str


def _admin_language(user) -> str:
    # The profile's own choice, else the site's language: not ``get_preferred_language()``, which falls back to
    # whatever language happens to be active in the process that sends the digest.
    try:
        language = UserProfile.get_for_user(user).preferred_language
        return translation.get_supported_language_variant(language or settings.LANGUAGE_CODE)
    except LookupError:
        return settings.LANGUAGE_CODE


def search_digest_recipients() -> list[DigestRecipient]:
    """Who may read the search report, with an address: each address once, in the order of the users' ids."""
    users = get_user_model().objects.with_perm(
        PERMISSION, is_active=True, include_superusers=True, backend="django.contrib.auth.backends.ModelBackend"
    )
    recipients: dict[str, DigestRecipient] = {}
    for user in users.exclude(email="").order_by("pk"):
        address = user.email.strip()
        if address and address.lower() not in recipients:
            recipients[address.lower()] = DigestRecipient(user.pk, address, _admin_language(user))
    return list(recipients.values())


def _report_url(**query) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("search_report") + "?" + urlencode(query)


def search_digest_body(*, digest: dict[str, dict], since: datetime, until: datetime, language: str) -> tuple[str, str]:
    """The subject and text of the digest, in ``language``."""
    names = dict(settings.LANGUAGES)
    with translation.override(language):
        sections = [
            {
                "name": str(names[code]),
                "report": report,
                "url": _report_url(language=code, days=PERIOD.days),
            }
            for code, report in digest.items()
        ]
        context = {
            "sections": sections,
            "since": timezone.localdate(since),
            "until": timezone.localdate(until - timedelta(microseconds=1)),
            "report_url": _report_url(days=PERIOD.days),
        }
        subject = _("What investors could not find: %(since)s – %(until)s") % {
            "since": context["since"].isoformat(),
            "until": context["until"].isoformat(),
        }
        body = render_to_string("inquiries/emails/search_digest.txt", context).strip() + "\n"
    return subject, body


@dataclass(frozen=True)
class DigestEmail:
    key: str
    recipient: DigestRecipient
    subject: str
    body: str


def search_digest_prepare(*, until: datetime) -> list[DigestEmail]:
    """The digest of the seven days before ``until``, one e-mail per recipient (none without searches)."""
    since = until - PERIOD
    digest = search_digest(since=since, until=until, limit=settings.PORTAL_SEARCH_DIGEST_ROWS)
    if not digest:
        return []
    year, week, _day = timezone.localdate(until).isocalendar()
    emails = []
    for recipient in search_digest_recipients():
        subject, body = search_digest_body(digest=digest, since=since, until=until, language=recipient.language)
        emails.append(DigestEmail(f"search-digest:{year}-W{week:02d}:{recipient.user_id}", recipient, subject, body))
    return emails


def search_digest_queue(*, until: datetime | None = None, dry_run: bool = False) -> list[DigestEmail]:
    """Queue the digest of the seven days before ``until`` (now) through the outbox, once per ISO week and
    recipient. Returns the e-mails; with ``dry_run`` nothing is queued."""
    emails = search_digest_prepare(until=until or timezone.now())
    if not dry_run:
        with transaction.atomic():
            for email in emails:
                email_queue(
                    key=email.key,
                    kind=OutgoingEmail.Kind.SEARCH_DIGEST,
                    to=[email.recipient.email],
                    subject=email.subject,
                    body=email.body,
                    language=email.recipient.language,
                )
    return emails
