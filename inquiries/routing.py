"""Which agency answers an inquiry.

Rules are evaluated in priority order (lowest number first, then the oldest rule); the first active
rule whose conditions all hold wins. A condition left empty matches everything:

- kinds: the inquiry's kind is one of them;
- about a page / page's agency: the inquiry is about a project, opportunity or zone (published by that agency);
- sector: the inquiry's sector, or one of the page's sectors, is that sector or lies below it (``Sector.contains``);
- place: the page's place is that place or lies within it (``Place.contains``);
- countries: the investor's country is one of them.

The rule sends the inquiry to its agency, or to the agency in charge of the page. When no rule matches:
the page's agency if the inquiry is about a page, else the default agency (``PORTAL_INQUIRY_DEFAULT_AGENCY``,
else the investment-promotion centre). The decision and its explanation are stored on the inquiry.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from investment.models import Agency, Place, Sector

from .models import RoutingRule


class NoAgencyError(Exception):
    """No agency exists to receive inquiries (a configuration error)."""


@dataclass(frozen=True)
class RoutingDecision:
    agency: Agency
    rule: RoutingRule | None
    explanation: str


@dataclass(frozen=True)
class RoutingFacts:
    kind: str
    page_agency: Agency | None
    sectors: tuple[Sector, ...]
    place: Place | None
    country: str


def routing_facts(*, kind: str, page=None, sector: Sector | None = None, country: str = "") -> RoutingFacts:
    sectors = [sector] if sector is not None else []
    page_agency = None
    place = None
    if page is not None:
        page_agency = getattr(page, "agency", None)
        if hasattr(page, "sectors"):
            sectors += list(page.sectors.all())
        place = getattr(page, "place", None)
    return RoutingFacts(
        kind=kind,
        page_agency=page_agency,
        sectors=tuple(sectors),
        place=place,
        country=(country or "").upper(),
    )


def rule_reasons(rule: RoutingRule, facts: RoutingFacts) -> list[str] | None:
    """Why ``rule`` matches (one reason per condition that it sets), or None when it does not."""
    reasons = []
    if rule.kinds:
        if facts.kind not in rule.kinds:
            return None
        reasons.append(_("kind is %(kind)s") % {"kind": facts.kind})
    if rule.about_a_page or rule.page_agency_id or rule.to_page_agency:
        if facts.page_agency is None:
            return None
        if rule.page_agency_id and facts.page_agency.pk != rule.page_agency_id:
            return None
        reasons.append(_("about a page of %(agency)s") % {"agency": facts.page_agency})
    if rule.sector_id:
        if not any(rule.sector.contains(sector) for sector in facts.sectors):
            return None
        reasons.append(_("sector within %(sector)s") % {"sector": rule.sector})
    if rule.place_id:
        if not rule.place.contains(facts.place):
            return None
        reasons.append(_("place within %(place)s") % {"place": rule.place})
    if rule.countries:
        codes = [str(code) for code in rule.countries]
        if facts.country not in codes:
            return None
        reasons.append(_("country is %(country)s") % {"country": facts.country})
    return reasons


def default_agency() -> Agency:
    agency = None
    if settings.PORTAL_INQUIRY_DEFAULT_AGENCY:
        agency = Agency.objects.filter(slug=settings.PORTAL_INQUIRY_DEFAULT_AGENCY).first()
    agency = agency or Agency.objects.filter(kind=Agency.Kind.PROMOTION_CENTRE).order_by("pk").first()
    agency = agency or Agency.objects.order_by("pk").first()
    if agency is None:
        raise NoAgencyError("No agency exists to receive inquiries.")
    return agency


def route(*, kind: str, page=None, sector: Sector | None = None, country: str = "") -> RoutingDecision:
    """The routing decision for an inquiry, with an explanation in the portal's source language."""
    facts = routing_facts(kind=kind, page=page, sector=sector, country=country)
    with translation.override(settings.LANGUAGE_CODE):
        rules = RoutingRule.objects.filter(is_active=True).select_related(
            "sector", "place", "target_agency", "page_agency"
        )
        for rule in rules.order_by("priority", "pk"):
            reasons = rule_reasons(rule, facts)
            if reasons is None:
                continue
            agency = facts.page_agency if rule.to_page_agency else rule.target_agency
            if agency is None:
                continue
            explanation = _("Rule “%(rule)s” (priority %(priority)s): %(reasons)s → %(agency)s") % {
                "rule": rule.name,
                "priority": rule.priority,
                "reasons": "; ".join(reasons) or _("matches every inquiry"),
                "agency": agency,
            }
            return RoutingDecision(agency=agency, rule=rule, explanation=explanation)
        if facts.page_agency is not None:
            return RoutingDecision(
                agency=facts.page_agency,
                rule=None,
                explanation=_("No rule matched: the agency in charge of the page, %(agency)s.")
                % {"agency": facts.page_agency},
            )
        agency = default_agency()
        return RoutingDecision(
            agency=agency,
            rule=None,
            explanation=_("No rule matched: the default agency, %(agency)s.") % {"agency": agency},
        )
