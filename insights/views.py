"""The beacon that counts page views, and the demand dashboard in the Wagtail admin.

**Beacon** (``POST /api/insights/views/``): catalogue pages load ``static/js/demand-beacon.js`` with
``defer``; after the page has loaded it posts ``{"page": <id>, "country": "JP"}`` once per page and browser
tab (``sessionStorage``). The cached page itself carries only the page id, the same for every reader, so
the page cache stays effective and nothing personal enters a cached page. The endpoint reads no cookie and
sets none, stores no address (the rate limit keeps a keyed hash of the client's network for one minute in
the cache) and answers 204. ``country`` is optional: the beacon sends the country the reader chose in
their investor profile when the browser knows it (``localStorage["portal:country"]``, written by the
investor's space), else nothing and the view counts as "country not known". Readers without JavaScript
and robots that do not run scripts are not counted; clients that announce themselves as robots in their
``User-Agent`` are answered 204 and not counted. Bad input answers 400 with a message, too many posts
from one network 429; never 500.

**Dashboard** (``/admin/insights/``, ``?months=``, ``?format=csv``): the funnels, the groups by country and
sector, and the search topics of ``selectors.demand_report``, for the agencies whose statistics the user
sees (``inquiries.permissions``: ``view_statistics``).
"""

import csv
import hashlib
import hmac
import json
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.client_address import client_address, client_network
from inquiries.charts import bar_chart
from inquiries.permissions import inquiry_permission_policy
from inquiries.selectors import statistics_agencies_for_user, user_sees_every_agency_statistics
from inquiries.views.admin import csv_safe

from .forms import BeaconForm
from .models import DemandEventKind
from .selectors import demand_report
from .services import demand_event_record

MAX_BODY = 512  # bytes: {"page": 2147483647, "country": "JP"} with room to spare
ROBOTS = re.compile(r"bot\b|bot/|crawl|spider|slurp|facebookexternalhit|preview|monitor|curl|wget", re.IGNORECASE)
PERIODS = (3, 6, 12, 24)


def _error(message: str, status: int = 400, **headers) -> JsonResponse:
    response = JsonResponse({"errors": {"__all__": [str(message)]}}, status=status)
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def _over_limit(request) -> int:
    """Seconds to wait when the client's network has posted more than the limit this minute, else 0."""
    network = client_network(client_address(request))
    key = hmac.new(settings.SECRET_KEY.encode(), network.encode(), hashlib.sha256).hexdigest()[:32]
    minute = int(time.time() // 60)
    cache_key = f"insights:beacon:{key}:{minute}"
    cache.add(cache_key, 0, timeout=90)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # evicted between add and incr
        cache.set(cache_key, 1, timeout=90)
        count = 1
    if count > settings.PORTAL_INSIGHTS_BEACON_PER_MINUTE:
        return 60 - int(time.time()) % 60
    return 0


def _payload(request) -> dict | None:
    """The posted fields: JSON (``application/json``, or ``text/plain`` from ``navigator.sendBeacon``) or a
    form. None when the body is not readable."""
    if request.content_type in ("application/json", "text/plain"):
        try:
            data = json.loads(request.body.decode("utf-8") or "{}")
        except (UnicodeDecodeError, ValueError):
            return None
        return data if isinstance(data, dict) else None
    return request.POST.dict()


@csrf_exempt  # no cookie is read or written: a cross-site post can do no more than an anonymous one
@require_POST
def beacon(request):
    if ROBOTS.search(request.headers.get("User-Agent", "")):
        return HttpResponse(status=204)  # a self-declared robot: not counted, nothing to fix
    try:
        length = int(request.headers.get("Content-Length") or 0)
    except ValueError:
        length = MAX_BODY + 1
    if length > MAX_BODY:
        return _error(_("The request is too large."), status=413)
    retry_after = _over_limit(request)
    if retry_after:
        return _error(_("Too many requests: try again in a minute."), status=429, Retry_After=str(retry_after))
    data = _payload(request)
    if data is None:
        return _error(_('Send a JSON object: {"page": <id>, "country": "<ISO code>"}.'))
    form = BeaconForm({key: data.get(key) for key in ("page", "country") if data.get(key) is not None})
    if not form.is_valid():
        return JsonResponse(
            {"errors": {name: [str(e) for e in errs] for name, errs in form.errors.items()}}, status=400
        )
    page = form.cleaned_data["page"]
    sector = page.sectors.order_by("path").values_list("pk", flat=True).first()
    demand_event_record(
        kind=DemandEventKind.VIEW, page_id=page.pk, country=form.cleaned_data["country"], sector_id=sector
    )
    return HttpResponse(status=204)


# The dashboard --------------------------------------------------------------------------------------


def _cell(value: int | None) -> str:
    return _("fewer than %(k)s") % {"k": settings.PORTAL_INSIGHTS_MIN_GROUP} if value is None else str(value)


class DemandDashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "insights/admin/dashboard.html"
    page_title = gettext_lazy("Demand insights")
    header_icon = "view"

    def dispatch(self, request, *args, **kwargs):
        if not inquiry_permission_policy.user_has_permission(request.user, "view_statistics"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title(), "sublabel": self.scope}]

    @property
    def scope(self) -> str:
        if user_sees_every_agency_statistics(self.request.user):
            return _("all agencies")
        return ", ".join(str(agency) for agency in statistics_agencies_for_user(self.request.user))

    def get_page_subtitle(self):
        return self.scope

    @property
    def months(self) -> int:
        try:
            months = int(self.request.GET.get("months", 12))
        except ValueError:
            return 12
        return months if months in PERIODS else 12

    def report(self) -> dict:
        return demand_report(agencies=statistics_agencies_for_user(self.request.user), months=self.months)

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            return self.csv(self.report())
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        report = self.report()
        charts = {
            "projects": bar_chart(
                [(row.label, row.views) for row in report["projects"] if row.views is not None][:10],
                title=_("Most viewed projects, opportunities and zones"),
            ),
            "countries": bar_chart(
                [(row.label, row.views) for row in report["countries"] if row.views is not None][:10],
                title=_("Page views by investor country"),
            ),
            "sectors": bar_chart(
                [(row.label, row.views) for row in report["sectors"] if row.views is not None][:10],
                title=_("Page views by sector"),
            ),
        }
        return super().get_context_data(
            report=report, charts=charts, months=self.months, periods=PERIODS, scope=self.scope, **kwargs
        )

    def csv(self, report: dict) -> HttpResponse:
        """One file, a section per table; hidden figures as "fewer than k" (never the number)."""
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = f'attachment; filename="demand-insights-{stamp}.csv"'
        response.write("\ufeff")  # spreadsheet programs then read UTF-8
        writer = csv.writer(response)
        funnel = [_("Views"), _("Saves"), _("Inquiries"), _("Answered")]
        writer.writerow([_("Section"), _("Name"), _("Agency"), *funnel, _("Searches")])
        for section, rows in ((_("Project"), report["projects"]), (_("Agency"), report["agencies"])):
            for row in rows:
                cells = (row.views, row.saves, row.inquiries, row.answered)
                writer.writerow([section, csv_safe(row.label), csv_safe(row.agency), *map(_cell, cells), ""])
        for section, rows in ((_("Country"), report["countries"]), (_("Sector"), report["sectors"])):
            for row in rows:
                figures = [_cell(row.views), _cell(row.saves), _cell(row.inquiries)]
                writer.writerow([section, csv_safe(row.label), "", *figures, "", ""])
        for topic in report["topics"]:
            name = csv_safe(f"{topic.query} ({topic.language})")
            writer.writerow([_("Search topic"), name, "", "", "", "", "", topic.searches])
        return response
