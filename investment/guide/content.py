"""What the investment guide says, read from the portal's own content in one language: why invest (the
home page's message and key figures, the "about" page's introduction), the sectors, the costs of doing
business, the incentives with their legal basis, the procedures (the investor guides' steps) and the
agencies to contact. Nothing is written twice: an editor's change shows in the next guide.

The costs come from the cost-of-doing-business page (``cost_figures``), each figure with its source and the
date it was verified, as on the page and in replies.
"""

import html
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.html import strip_tags

from cms.models import ContentPage, HomePage, InvestorGuidePage
from investment.models import Agency, CostOfDoingBusinessPage, Incentive, Sector


@dataclass
class GuideSection:
    key: str  # why, sectors, costs, incentives, procedures, contacts
    paragraphs: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    facts: list[tuple[str, str]] = field(default_factory=list)
    subsections: list["GuideSection"] = field(default_factory=list)
    title: str = ""


def plain(value) -> str:
    """Rich text or HTML as one plain paragraph."""
    return " ".join(html.unescape(strip_tags(str(value or ""))).split())


def cost_figures(*, language: str) -> list[tuple[str, str]]:
    """The cost-of-doing-business figures as (label, "value (source, verified date)") rows in ``language``,
    in the order of the public page; nothing while no cost page is live and public."""
    page = CostOfDoingBusinessPage.live_page()
    if page is None:
        return []
    with translation.override(language):
        return [(item.label, item.reply_text(sample=page.is_sample_content)) for item in page.items.all()]


def _why(language: str) -> GuideSection:
    section = GuideSection("why")
    home = HomePage.objects.live().first()
    if home is not None:
        section.paragraphs += [plain(home.hero_heading), plain(home.hero_text)]
        section.facts += [
            (plain(block.value["value"]), plain(block.value["label"])) for block in home.key_figures if block.value
        ]
    about = ContentPage.objects.live().filter(depth=3).order_by("path").first()
    if about is not None:
        section.paragraphs.append(plain(about.introduction))
    section.paragraphs = [text for text in section.paragraphs if text]
    return section


def _sectors() -> GuideSection:
    section = GuideSection("sectors")
    roots = list(Sector.objects.roots().order_by("code"))
    for root in roots:
        children = [child.name for child in root.get_children().order_by("code")]
        section.bullets.append(f"{root.name}: {', '.join(children)}" if children else root.name)
    return section


def _incentives() -> GuideSection:
    section = GuideSection("incentives")
    for incentive in Incentive.objects.order_by("pk"):
        basis = f" ({incentive.legal_basis})" if incentive.legal_basis else ""
        section.facts.append((incentive.title, f"{plain(incentive.description)}{basis}".strip()))
    return section


def _procedures() -> GuideSection:
    section = GuideSection("procedures")
    for guide in InvestorGuidePage.objects.live().public().order_by("path"):
        sub = GuideSection("procedure", title=guide.title)
        if guide.summary:
            sub.paragraphs.append(plain(guide.summary))
        if guide.total_time:
            sub.paragraphs.append(guide.total_time)
        for number, step in enumerate(guide.steps, start=1):
            value = step.value
            details = " · ".join(part for part in (value.get("time_needed"), value.get("authority")) if part)
            sub.bullets.append(f"{number}. {plain(value.get('title'))}" + (f" ({details})" if details else ""))
        section.subsections.append(sub)
    return section


def _contacts() -> GuideSection:
    section = GuideSection("contacts")
    for agency in Agency.objects.order_by("footer_position", "name"):
        lines = [plain(agency.address), agency.phone, agency.email, agency.website]
        section.facts.append((agency.name, " · ".join(line for line in lines if line)))
    return section


def guide_sections(*, language: str) -> list[GuideSection]:
    """The guide's sections in ``language`` (empty ones left out)."""
    with translation.override(language):
        sections = [
            _why(language),
            _sectors(),
            GuideSection("costs", facts=cost_figures(language=language)),
            _incentives(),
            _procedures(),
            _contacts(),
        ]
    return [
        section for section in sections if section.paragraphs or section.bullets or section.facts or section.subsections
    ]
