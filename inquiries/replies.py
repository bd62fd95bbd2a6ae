"""Business-case replies: the answer an officer sends starts from a template filled with the facts of the
inquiry's subject, the costs of doing business, the incentives and their legal basis, and the officer's own
contact, all in the investor's language.

Where the facts come from (nothing here names an investment field):
- the inquiry (``{name}``, ``{reference}`` …), the officer's profile (``{officer}``, ``{officer_title}``,
  ``{officer_phone}``, ``{officer_email}``: ``OfficerProfile``) and the agency (``{agency}``,
  ``{agency_address}`` …), declared here;
- the page the inquiry is about: its class declares its placeholders on its catalogue kind
  (``CatalogueKind.reply_placeholders``) and answers ``reply_facts`` (``cms.catalogue``);
- site-wide pages such as the cost of doing business (``cms.replies.ReplyFactSource``): ``{cost.<key>}``,
  ``{costs.<category>}``, ``{cost_page_url}``;
- the template itself: ``{guides}``, its chosen guides with their links in the investor's language.

Filling a template (``reply_compose``): each ``{placeholder}`` with a value is replaced; one without a value
stays as it is and is reported (``missing``), and ``inquiry_reply`` refuses to send a text that still holds
a known placeholder, so nothing is ever sent empty. A part written ``[[ … ]]`` is optional: it is kept
when every placeholder in it has a value and left out otherwise (reported as ``omitted``), so one template
suits projects with and without, say, a stated land price.

Choosing a template (``reply_templates_for``): among those with a body in the inquiry's language and whose
agency, inquiry kinds, subject ("about") and sectors admit the inquiry, the most specific comes first (an
agency's own, then one for the subject's kind, then one for its sector, then one for its inquiry kind).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.catalogue import catalogue_kind_of, catalogue_kinds
from cms.i18n import localized
from cms.links import absolute_reverse, page_absolute_url
from cms.models import legal_references_expand
from cms.replies import ReplyPlaceholder, reply_fact_sources

from .models import NO_PAGE, Inquiry, OfficerProfile, ReplyTemplate
from .people import person_name

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)?)\}")
OPTIONAL = re.compile(r"\[\[(.+?)\]\]", re.S)
BULLET = "• "

INQUIRY_PLACEHOLDERS = (
    ReplyPlaceholder("name", gettext_lazy("Sender's name")),
    ReplyPlaceholder("organisation", gettext_lazy("Sender's organisation")),
    ReplyPlaceholder("reference", gettext_lazy("Inquiry reference")),
    ReplyPlaceholder("sector", gettext_lazy("Sector of the inquiry")),
    ReplyPlaceholder("status_url", gettext_lazy("Link to the sender's private status page")),
)
CONTACT_PLACEHOLDERS = (
    ReplyPlaceholder("officer", gettext_lazy("Officer's name")),
    ReplyPlaceholder("officer_title", gettext_lazy("Officer's job title")),
    ReplyPlaceholder("officer_phone", gettext_lazy("Officer's direct phone")),
    ReplyPlaceholder("officer_email", gettext_lazy("Officer's direct e-mail")),
    ReplyPlaceholder("agency", gettext_lazy("Agency's name")),
    ReplyPlaceholder("agency_address", gettext_lazy("Agency's address")),
    ReplyPlaceholder("agency_phone", gettext_lazy("Agency's phone")),
    ReplyPlaceholder("agency_email", gettext_lazy("Agency's e-mail")),
    ReplyPlaceholder("agency_website", gettext_lazy("Agency's website")),
)
LINK_PLACEHOLDERS = (
    ReplyPlaceholder("guides", gettext_lazy("The template's guides, with their links")),
    ReplyPlaceholder("response_times_url", gettext_lazy("Link to the public reply-time figures")),
)


# Placeholders -----------------------------------------------------------------------------------------


def placeholder_groups() -> list[tuple[str, list[ReplyPlaceholder]]]:
    """Every placeholder a template may use, grouped for template authors (labels in the active language)."""
    groups = [
        (_("The inquiry"), list(INQUIRY_PLACEHOLDERS)),
        (_("The officer and the agency"), list(CONTACT_PLACEHOLDERS)),
        (_("Links"), list(LINK_PLACEHOLDERS)),
    ]
    for kind in catalogue_kinds().values():
        groups.append((_("About: %(kind)s") % {"kind": kind.label}, list(kind.reply_placeholders)))
    for source in reply_fact_sources():
        groups.append((str(source._meta.verbose_name).capitalize(), source.reply_site_placeholders()))
    return groups


def known_placeholders() -> dict[str, ReplyPlaceholder]:
    known: dict[str, ReplyPlaceholder] = {}
    for _title, placeholders in placeholder_groups():
        for placeholder in placeholders:
            known.setdefault(placeholder.name, placeholder)
    return known


def placeholders_in(text: str) -> list[str]:
    """The placeholder names written in ``text``, in order, each once."""
    return list(dict.fromkeys(PLACEHOLDER.findall(text or "")))


def unknown_placeholders(text: str) -> list[str]:
    """Names in ``text`` no template can fill (a typo, a removed cost figure): the template form refuses them.
    A ``cost.<key>`` is known when the cost page has that key today."""
    known = known_placeholders()
    return [name for name in placeholders_in(text) if name not in known]


def unfilled_placeholders(text: str) -> list[str]:
    """Known placeholders still in a reply about to be sent (their value was missing)."""
    known = known_placeholders()
    return [name for name in placeholders_in(text) if name in known]


# The named contact ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NamedContact:
    """Who answers the investor, with every way to reach them, in the investor's language."""

    name: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""
    agency: str = ""
    address: str = ""
    agency_phone: str = ""
    agency_email: str = ""
    website: str = ""

    def signature(self) -> list[str]:
        """The lines of an e-mail signature (empty parts left out)."""
        reach = [
            _("Direct phone: %(phone)s") % {"phone": self.phone} if self.phone else "",
            _("E-mail: %(email)s") % {"email": self.email} if self.email else "",
        ]
        agency = [
            self.address,
            _("Phone: %(phone)s") % {"phone": self.agency_phone} if self.agency_phone else "",
            self.website,
        ]
        lines = [self.name, self.title, *reach, self.agency, *agency]
        return [line for line in lines if line]


def officer_contact(*, officer, agency, language: str) -> NamedContact:
    """The officer's name, title, direct phone and e-mail (their profile, else their account), and the
    agency's address and lines, in ``language`` (translated fields fall back to English, then Vietnamese)."""
    agency_name = localized(agency, "name", language)[0] or ""
    agency_parts = {
        "agency": agency_name,
        "address": localized(agency, "address", language)[0] or "",
        "agency_phone": agency.phone,
        "agency_email": agency.email,
        "website": agency.website,
    }
    if officer is None:
        return NamedContact(**agency_parts)
    profile = OfficerProfile.objects.filter(user=officer).first()
    return NamedContact(
        name=person_name(officer, language),
        title=(localized(profile, "title", language)[0] or "") if profile else "",
        phone=profile.phone if profile else "",
        email=(profile.email if profile and profile.email else officer.email) or "",
        **agency_parts,
    )


# Facts --------------------------------------------------------------------------------------------------


def _guide_lines(template: ReplyTemplate | None, language: str) -> str:
    if template is None or template.pk is None:
        return ""
    lines = []
    for guide in template.guides.live().order_by("path"):
        url = page_absolute_url(guide, language)
        if url:
            lines.append(BULLET + _("%(title)s: %(link)s") % {"title": guide.title, "link": url})
    return "\n".join(lines)


def _inquiry_sector(inquiry: Inquiry, page) -> str:
    if inquiry.sector_id:
        return inquiry.sector.name
    if page is not None and hasattr(page, "sectors"):
        first = page.sectors.order_by("path").first()
        return first.name if first else ""
    return ""


def reply_facts(*, inquiry: Inquiry, officer, language: str, template: ReplyTemplate | None = None) -> dict[str, str]:
    """``{placeholder name: text}`` in ``language`` for every placeholder that has a value."""
    page = inquiry.page.specific if inquiry.page_id else None
    with translation.override(language):
        contact = officer_contact(officer=officer, agency=inquiry.agency, language=language)
        token = inquiry.status_token
        facts = {
            "name": inquiry.name,
            "organisation": inquiry.organisation,
            "reference": inquiry.reference,
            "sector": _inquiry_sector(inquiry, page),
            "status_url": absolute_reverse("inquiries:status", language=language, kwargs={"token": token})
            if token
            else "",
            "officer": contact.name if officer is not None else "",
            "officer_title": contact.title,
            "officer_phone": contact.phone,
            "officer_email": contact.email,
            "agency": contact.agency,
            "agency_address": contact.address,
            "agency_phone": contact.agency_phone,
            "agency_email": contact.agency_email,
            "agency_website": contact.website,
            "guides": _guide_lines(template, language),
            "response_times_url": absolute_reverse("inquiries:response_times", language=language),
        }
        if page is not None and catalogue_kind_of(page) is not None:
            facts.update(page.reply_facts(language=language))
        for source in reply_fact_sources():
            facts.update(source.reply_site_facts(language=language))
    return {name: str(value).strip() for name, value in facts.items() if value and str(value).strip()}


# Composing ---------------------------------------------------------------------------------------------


@dataclass
class ComposedReply:
    template: ReplyTemplate
    language: str
    text: str
    missing: list[ReplyPlaceholder] = field(default_factory=list)  # left in the text: no value
    omitted: list[ReplyPlaceholder] = field(default_factory=list)  # their optional part was left out

    @property
    def ready(self) -> bool:
        """Every placeholder has a value: the text can be sent as it is."""
        return not self.missing


def _placeholder(name: str, known: dict[str, ReplyPlaceholder]) -> ReplyPlaceholder:
    return known.get(name) or ReplyPlaceholder(name, name)


def _tidy(text: str) -> str:
    """No trailing spaces, at most one empty line in a row (left where optional parts were removed)."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    tidy: list[str] = []
    for line in lines:
        if not line and tidy and not tidy[-1]:
            continue
        tidy.append(line)
    return "\n".join(tidy)


def reply_compose(
    *, template: ReplyTemplate, inquiry: Inquiry, officer, language: str, facts: dict[str, str] | None = None
) -> ComposedReply:
    """The template's body in ``language`` with the facts filled in (see the module's docstring)."""
    facts = (
        reply_facts(inquiry=inquiry, officer=officer, language=language, template=template) if facts is None else facts
    )
    known = known_placeholders()
    omitted: list[str] = []
    missing: list[str] = []

    def keep_optional(match: re.Match) -> str:
        names = placeholders_in(match.group(1))
        absent = [name for name in names if not facts.get(name)]
        if absent:
            omitted.extend(absent)
            return ""
        return match.group(1)

    def fill(match: re.Match) -> str:
        name = match.group(1)
        if facts.get(name):
            return facts[name]
        if name in known:
            missing.append(name)
        return match.group(0)

    # {legal:61/2020/QH14#15}: the article's reference and address in the reply's language (cms.models.legal)
    text = legal_references_expand(template.body_in(language), language=language)
    text = OPTIONAL.sub(keep_optional, text)
    text = _tidy(PLACEHOLDER.sub(fill, text))
    return ComposedReply(
        template=template,
        language=language,
        text=text,
        missing=[_placeholder(name, known) for name in dict.fromkeys(missing)],
        omitted=[_placeholder(name, known) for name in dict.fromkeys(omitted)],
    )


# Choosing -----------------------------------------------------------------------------------------------


def _subject_key(inquiry: Inquiry) -> str:
    if not inquiry.page_id:
        return NO_PAGE
    kind = catalogue_kind_of(inquiry.page.specific_class or type(inquiry.page))
    return kind.key if kind else NO_PAGE


def _inquiry_sector_paths(inquiry: Inquiry) -> list[str]:
    """The tree paths of the inquiry's sectors: its own, or its page's."""
    paths = [inquiry.sector.path] if inquiry.sector_id else []
    if inquiry.page_id:
        page = inquiry.page.specific
        if hasattr(page, "sectors"):
            paths += [sector.path for sector in page.sectors.all()]
    return paths


def _sector_score(template: ReplyTemplate, paths: list[str]) -> int | None:
    """0 for a template of every sector, 1 when one of its sectors holds the inquiry's; None: no match."""
    template_paths = [sector.path for sector in template.sectors.all()]
    if not template_paths:
        return 0
    if any(path.startswith(prefix) for path in paths for prefix in template_paths):
        return 1
    return None


def reply_templates_for(*, inquiry: Inquiry) -> list[ReplyTemplate]:
    """The templates that suit the inquiry and have a body in its language, the most specific first."""
    language_field = f"body_{inquiry.language.replace('-', '_')}"
    candidates = (
        ReplyTemplate.objects.filter(Q(agency__isnull=True) | Q(agency=inquiry.agency))
        .exclude(**{f"{language_field}__isnull": True})
        .exclude(**{language_field: ""})
        .prefetch_related("sectors")
    )
    subject = _subject_key(inquiry)
    paths = _inquiry_sector_paths(inquiry)
    ranked = []
    for template in candidates:
        if template.kinds and inquiry.kind not in template.kinds:
            continue
        if template.page_kinds and subject not in template.page_kinds:
            continue
        sector_score = _sector_score(template, paths)
        if sector_score is None:
            continue
        score = (
            int(template.agency_id is not None) * 8
            + int(bool(template.page_kinds)) * 4
            + sector_score * 2
            + int(bool(template.kinds))
        )
        ranked.append((-score, template.title, template.pk, template))
    return [row[-1] for row in sorted(ranked)]


@dataclass
class SuggestedReply:
    """What the workspace shows: the reply in the investor's language, and a preview in the officer's."""

    composed: ComposedReply
    preview: ComposedReply | None  # None when the officer reads the investor's language


def reply_suggest(
    *, inquiry: Inquiry, officer, officer_language: str, template: ReplyTemplate | None = None
) -> SuggestedReply | None:
    """The best template (or ``template``) filled in for the inquiry, with its preview in the officer's
    language (the same template's body there, else none). ``None`` when no template suits the inquiry."""
    if template is None:
        templates = reply_templates_for(inquiry=inquiry)
        if not templates:
            return None
        template = templates[0]
    composed = reply_compose(template=template, inquiry=inquiry, officer=officer, language=inquiry.language)
    preview = None
    if officer_language != inquiry.language and template.body_in(officer_language).strip():
        preview = reply_compose(template=template, inquiry=inquiry, officer=officer, language=officer_language)
    return SuggestedReply(composed=composed, preview=preview)
