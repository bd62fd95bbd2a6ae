"""Per-language translation status of the site's pages, for the editors' overview."""

from dataclasses import dataclass, field

from wagtail.models import Page

from cms.admin_pages import pages_shown_in_admin
from cms.i18n import LANGUAGE_CODES, SOURCE_LANGUAGE, missing_fields, page_languages


@dataclass
class LanguageStatus:
    code: str
    complete: int = 0
    partial: int = 0
    missing: int = 0

    @property
    def total(self) -> int:
        return self.complete + self.partial + self.missing

    @property
    def percent_complete(self) -> int:
        return round(100 * self.complete / self.total) if self.total else 100


@dataclass
class PageStatus:
    page: Page
    missing_languages: list[str] = field(default_factory=list)
    partial_languages: dict[str, list[str]] = field(default_factory=dict)


def translation_overview(*, user) -> tuple[list[LanguageStatus], list[PageStatus]]:
    """Counts, per language, the pages that are complete, partly translated or missing;
    and lists the pages that need work: of the pages the admin shows ``user`` (``cms.admin_pages``)."""
    statuses = {code: LanguageStatus(code) for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE}
    pages_needing_work = []
    shown = pages_shown_in_admin(pages=Page.objects.filter(depth__gt=1), user=user)
    for page in shown.specific().order_by("path"):
        available = page_languages(page)
        page_status = PageStatus(page)
        for code, status in statuses.items():
            if code not in available:
                status.missing += 1
                page_status.missing_languages.append(code)
                continue
            fields = missing_fields(page, code)
            if fields:
                status.partial += 1
                page_status.partial_languages[code] = fields
            else:
                status.complete += 1
        if page_status.missing_languages or page_status.partial_languages:
            pages_needing_work.append(page_status)
    return list(statuses.values()), pages_needing_work
