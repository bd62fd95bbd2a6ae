"""Alerts of saved searches: a daily or weekly e-mail, in the investor's language, when pages first published
or updated since the last alert match a saved search.

How a run works (``saved_search_alerts_queue``, the ``send_saved_search_alerts`` command, scheduled hourly in
``PORTAL_SCHEDULE``): a saved search is *due* when its period (a day or a week, less an hour of slack for the
scheduler's own timing) has passed since ``alerted_until``, the end of the window its last run covered. The
window of this run is (``alerted_until``, now]. The pages published in it (Wagtail's ``last_published_at``:
a new page or a new version of one) are the candidates; the saved search is run through the search backend
(``search.backends.get_search_backend()``, Elasticsearch or the database) with its saved parameters and
``page_ids`` restricted to those candidates, so the backend's own matching decides, exactly as on the search
page. Matches queue one e-mail through the portal's outbox (``inquiries.outbox.email_queue``: same transaction,
delivered by the worker with retries), keyed ``saved-search:<id>:<window end>`` so a repeated run never sends
twice; then ``alerted_until`` moves to the window's end whether or not anything matched. A window without any
publication costs no search at all. If the search backend cannot answer, the saved search is left due and
retried at the next run (its window only grows, nothing is skipped).

Unsubscribing is one click: every alert carries ``List-Unsubscribe`` (the link) and ``List-Unsubscribe-Post:
List-Unsubscribe=One-Click`` (RFC 8058), and the same link in its text. The link holds a signed token naming
the saved search (``unsubscribe_token``); a POST to it turns the alerts of that search off without signing in,
a GET shows a page with the button (a GET never changes anything: mail scanners open links)."""

import logging
from dataclasses import replace
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.links import absolute_url
from inquiries.models import OutgoingEmail
from inquiries.outbox import email_queue
from search.backends import get_search_backend
from search.backends.base import BackendUnavailable
from search.documents import type_labels
from search.params import SearchParamsError, parse_search_params
from search.visibility import visible_result

from .models import SavedSearch
from .selectors import investor_language

logger = logging.getLogger(__name__)

PERIODS = {SavedSearch.Frequency.DAILY: timedelta(days=1), SavedSearch.Frequency.WEEKLY: timedelta(days=7)}
SLACK = timedelta(hours=1)
CANDIDATES_MAX = 1000  # pages published in one window that an alert looks at (the newest)
RESULTS_MAX = 20  # matches listed in one e-mail
UNSUBSCRIBE_SALT = "investors.saved-search.unsubscribe"


def unsubscribe_token(saved_search: SavedSearch) -> str:
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(saved_search.pk))


def saved_search_from_token(token: str) -> SavedSearch | None:
    try:
        pk = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token[:200])
    except signing.BadSignature:
        return None
    return SavedSearch.objects.filter(pk=int(pk)).first() if pk.isdigit() else None


def unsubscribe_url(saved_search: SavedSearch, language: str) -> str:
    with translation.override(language):
        return absolute_url(reverse("investors:unsubscribe", kwargs={"token": unsubscribe_token(saved_search)}))


def saved_search_unsubscribe(*, saved_search: SavedSearch) -> None:
    saved_search.frequency = SavedSearch.Frequency.NEVER
    saved_search.save(update_fields=["frequency"])


def saved_search_due(*, now) -> list[SavedSearch]:
    due = []
    for frequency, period in PERIODS.items():
        due += SavedSearch.objects.filter(frequency=frequency, alerted_until__lte=now - period + SLACK).select_related(
            "user"
        )
    return [saved for saved in due if saved.user.is_active and saved.user.email]


def published_between(*, since, until) -> list[int]:
    """Live pages first published or updated in (since, until], newest first."""
    pages = Page.objects.live().filter(last_published_at__gt=since, last_published_at__lte=until)
    return list(pages.order_by("-last_published_at").values_list("pk", flat=True)[:CANDIDATES_MAX])


def saved_search_matches(*, saved_search: SavedSearch, page_ids: list[int]) -> list[dict]:
    """The saved search's results among ``page_ids``, in its own order (raises ``BackendUnavailable``)."""
    if not page_ids:
        return []
    try:
        params = parse_search_params(
            {**saved_search.params, "page_size": str(settings.PORTAL_SEARCH_MAX_PAGE_SIZE)},
            default_language=saved_search.language,
        )
    except SearchParamsError:  # saved under rules that have changed since: nothing can match it
        logger.warning("Saved search %s no longer parses; no alert.", saved_search.pk)
        return []
    params = replace(params, lang=saved_search.language, page_ids=tuple(page_ids))
    with translation.override(saved_search.language):
        result = visible_result(get_search_backend().search(params))
    return result.results[:RESULTS_MAX]


def search_page_url(saved_search: SavedSearch) -> str:
    with translation.override(saved_search.language):
        path = reverse("search")
    return absolute_url(f"{path}?{saved_search.query}" if saved_search.query else path)


def alert_email_parts(*, saved_search: SavedSearch, results: list[dict], language: str) -> tuple[str, str]:
    labels = type_labels()
    with translation.override(language):
        name = saved_search.name or saved_search.params.get("q") or _("your saved search")
        subject = _("New on the investment portal for “%(name)s”") % {"name": name}
        context = {
            "name": name,
            "results": [
                {**item, "type_label": str(labels.get(item["type"], "")), "url": absolute_url(item["url"])}
                for item in results
            ],
            "search_url": search_page_url(saved_search),
            "account_url": absolute_url(reverse("investors:searches")),
            "unsubscribe_url": unsubscribe_url(saved_search, language),
            "frequency": saved_search.get_frequency_display(),
        }
        body = render_to_string("investors/emails/alert.txt", context).strip() + "\n"
    return subject, body


def saved_search_alert(*, saved_search: SavedSearch, now) -> OutgoingEmail | None:
    """Runs one due saved search over its window and queues its alert when something matches."""
    until = now
    results = saved_search_matches(
        saved_search=saved_search, page_ids=published_between(since=saved_search.alerted_until, until=until)
    )
    language = investor_language(user=saved_search.user, default=saved_search.language)
    email = None
    with transaction.atomic():
        locked = SavedSearch.objects.select_for_update().get(pk=saved_search.pk)
        if locked.alerted_until != saved_search.alerted_until:
            return None  # another run took this window
        if results:
            subject, body = alert_email_parts(saved_search=locked, results=results, language=language)
            unsubscribe = unsubscribe_url(locked, language)
            email = email_queue(
                key=f"saved-search:{locked.pk}:{until.isoformat()}",
                kind=OutgoingEmail.Kind.SAVED_SEARCH_ALERT,
                to=[locked.user.email],
                subject=subject,
                body=body,
                language=language,
                headers={"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
            )
            locked.last_sent_at = now
        locked.alerted_until = until
        locked.save(update_fields=["alerted_until", "last_sent_at"])
    return email


def saved_search_alerts_queue(*, now=None) -> dict[str, int]:
    """Runs every due saved search (see the module docstring). Returns what happened, counted."""
    now = now or timezone.now()
    counts = {"due": 0, "sent": 0, "unavailable": 0}
    for saved_search in saved_search_due(now=now):
        counts["due"] += 1
        try:
            email = saved_search_alert(saved_search=saved_search, now=now)
        except BackendUnavailable:
            counts["unavailable"] += 1
            logger.warning("Search backend unavailable: saved search %s stays due.", saved_search.pk)
            continue
        counts["sent"] += email is not None
    return counts
