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

The explanation is stored as codes and parameters (``RoutingDecision.data``, kept in the ``routed``
event's ``data``): which way the agency was chosen (``via``), the rule and the reasons that matched
(``[code, value]`` pairs: ``kind``, ``page_agency``, ``sector``, ``place``, ``country``). ``routing_text``
writes it in the reader's language when it is shown, with the agency, sector and place names of that
language; a rule's name and a hand-over reason are staff-written text in the agencies' working language
and are marked so (``lang``). ``Inquiry.routing_explanation`` keeps a copy in the source language as a
record (the agencies' notice e-mail quotes it).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django_countries import countries

from investment.models import Agency, Place, Sector

from .models import InquiryKind, RoutingRule
from .models.status import Actor
from .people import former_officer, person_name


class NoAgencyError(Exception):
    """No agency exists to receive inquiries (a configuration error)."""


@dataclass(frozen=True)
class RoutingDecision:
    agency: Agency
    rule: RoutingRule | None
    data: dict = field(default_factory=dict)  # codes and parameters: see ``routing_text``

    @property
    def explanation(self) -> str:
        """The explanation as plain text in the active language."""
        return routing_text(self.data, html=False)


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


def rule_reasons(rule: RoutingRule, facts: RoutingFacts) -> list[list] | None:
    """Why ``rule`` matches (one ``[code, value]`` per condition that it sets), or None when it does not."""
    reasons = []
    if rule.kinds:
        if facts.kind not in rule.kinds:
            return None
        reasons.append(["kind", facts.kind])
    if rule.about_a_page or rule.page_agency_id or rule.to_page_agency:
        if facts.page_agency is None:
            return None
        if rule.page_agency_id and facts.page_agency.pk != rule.page_agency_id:
            return None
        reasons.append(["page_agency", facts.page_agency.pk])
    if rule.sector_id:
        if not any(rule.sector.contains(sector) for sector in facts.sectors):
            return None
        reasons.append(["sector", rule.sector_id])
    if rule.place_id:
        if not rule.place.contains(facts.place):
            return None
        reasons.append(["place", rule.place_id])
    if rule.countries:
        codes = [str(code) for code in rule.countries]
        if facts.country not in codes:
            return None
        reasons.append(["country", facts.country])
    return reasons


def _name(model, pk, known: dict | None = None) -> str:
    """The name of an agency, sector or place in the active language ("—" once it is deleted); ``known``:
    objects already loaded (``{(model, pk): object}``), named without a query."""
    obj = (known or {}).get((model, pk))
    if obj is None:
        obj = model.objects.filter(pk=pk).first() if pk else None
    return obj.name if obj is not None else "—"


def _reason_text(code: str, value, known: dict | None = None) -> str:
    if code == "kind":
        return _("kind is %(kind)s") % {"kind": InquiryKind(value).label if value in InquiryKind.values else value}
    if code == "page_agency":
        return _("about a page of %(agency)s") % {"agency": _name(Agency, value, known)}
    if code == "sector":
        return _("sector within %(sector)s") % {"sector": _name(Sector, value, known)}
    if code == "place":
        return _("place within %(place)s") % {"place": _name(Place, value, known)}
    if code == "country":
        return _("country is %(country)s") % {"country": countries.name(value) or value}
    return str(value)


def _staff_text(text: str, html: bool):
    """Text that staff wrote (a rule's name, a reason), in the agencies' working language."""
    if not html:
        return text
    return format_html('<span lang="{}" data-original>{}</span>', settings.LANGUAGE_CODE, text)


def _hand_over_actor(data: dict, html: bool):
    """Who handed it over: the officer (``actor_id``) named in the active language, or the portal; a
    decision recorded before ids (``actor``: a name as text) shows that name, marked as staff text."""
    if "actor_id" in data:
        user = get_user_model().objects.select_related("officer_profile").filter(pk=data["actor_id"]).first()
        if user is not None:
            return person_name(user)
        return str(Actor.SYSTEM.label) if data["actor_id"] is None else former_officer()
    legacy = data.get("actor", "")
    if legacy in ("", "system"):
        return str(Actor.SYSTEM.label)
    return _staff_text(legacy, html)


def routing_text(data: dict, *, html: bool = True, known: Iterable = ()):
    """The routing decision ``data`` (codes, see the module docstring) in the active language; as HTML
    with staff-written parts marked by their language, or as plain text (``html=False``). ``known``:
    agencies, sectors or places the caller has loaded (named without a query)."""
    known = {(type(obj), obj.pk): obj for obj in known}
    via = data.get("via")
    esc = conditional_escape if html else str
    if via == "rule":
        text = _("Rule “%(rule)s” (priority %(priority)s): %(reasons)s → %(agency)s") % {
            "rule": _staff_text(data.get("rule_name", ""), html),
            "priority": data.get("priority", ""),
            "reasons": esc("; ".join(_reason_text(*reason, known) for reason in data.get("reasons", []))
                           or _("matches every inquiry")),
            "agency": esc(_name(Agency, data.get("agency"), known)),
        }  # fmt: skip
    elif via == "page_agency":
        text = _("No rule matched: the agency in charge of the page, %(agency)s.") % {
            "agency": esc(_name(Agency, data.get("agency"), known))
        }
    elif via == "default":
        text = _("No rule matched: the default agency, %(agency)s.") % {
            "agency": esc(_name(Agency, data.get("agency"), known))
        }
    elif via == "hand_over":
        text = _("Handed over by %(actor)s from %(from)s to %(to)s: %(reason)s") % {
            "actor": esc(_hand_over_actor(data, html)),
            "from": esc(_name(Agency, data.get("from"), known)),
            "to": esc(_name(Agency, data.get("to"), known)),
            "reason": _staff_text(data.get("reason", ""), html),
        }
    else:
        return ""
    return mark_safe(text) if html else text  # noqa: S308  (every part above is escaped or built by format_html)


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
    """The routing decision for an inquiry, with its reasons as codes (``RoutingDecision.data``)."""
    facts = routing_facts(kind=kind, page=page, sector=sector, country=country)
    rules = RoutingRule.objects.filter(is_active=True).select_related("sector", "place", "target_agency", "page_agency")
    for rule in rules.order_by("priority", "pk"):
        reasons = rule_reasons(rule, facts)
        if reasons is None:
            continue
        agency = facts.page_agency if rule.to_page_agency else rule.target_agency
        if agency is None:
            continue
        data = {
            "via": "rule",
            "rule": rule.pk,
            "rule_name": rule.name,
            "priority": rule.priority,
            "reasons": reasons,
            "agency": agency.pk,
        }
        return RoutingDecision(agency=agency, rule=rule, data=data)
    if facts.page_agency is not None:
        return RoutingDecision(
            agency=facts.page_agency, rule=None, data={"via": "page_agency", "agency": facts.page_agency.pk}
        )
    agency = default_agency()
    return RoutingDecision(agency=agency, rule=None, data={"via": "default", "agency": agency.pk})


def routing_record(data: dict, *, known: Iterable = ()) -> str:
    """The explanation as plain text in the portal's source language: the record kept on the inquiry
    (``known``: as for ``routing_text``)."""
    with translation.override(settings.LANGUAGE_CODE):
        return routing_text(data, html=False, known=known)
