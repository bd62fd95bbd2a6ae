"""The report of what investors searched for (``selectors.search_report``), in the admin."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .selectors import search_report

PERIODS = (7, 30, 90)  # days the report can look back


@permission_required("portal_search.view_searchquerylog")
def search_report_view(request):
    """``/admin/search-report/?language=&days=``: every language unless one is chosen, the last 30 days
    unless 7 or 90 are chosen (anything else falls back to the defaults)."""
    languages = [code for code, _name in settings.LANGUAGES]
    language = request.GET.get("language", "")
    language = language if language in languages else ""
    days = request.GET.get("days", "")
    days = int(days) if days.isascii() and days.isdigit() and int(days) in PERIODS else 30
    report = search_report(since=timezone.now() - timedelta(days=days), language=language or None)
    return TemplateResponse(
        request,
        "search/admin/report.html",
        {
            "page_title": _("Search report"),
            "report": report,
            "languages": languages,
            "language": language,
            "periods": PERIODS,
            "days": days,
            "synonym_url": reverse("wagtailsnippets_portal_search_searchsynonym:add"),
        },
    )
