"""Per page and language: missing, outdated, translated or reviewed; for the editors' report.

- **missing**: the page has no title in the language, or some fields with Vietnamese text are empty in
  it (they show in another language: ``missing_fields`` lists them);
- **outdated**: the Vietnamese source changed after the translation was made or last reviewed
  (``TranslationRecord.source_hash`` is not the current source's fingerprint);
- **reviewed**: an editor checked the translation against the current source;
- **translated**: none of these (complete, made from the current source, not reviewed yet).

Fingerprints are SHA-256 digests of the fields' stored values (StreamFields as their JSON), so they
change exactly when the stored text changes. A page that was never recorded (content loaded before
records existed) is recorded as translated from its current source the first time the report sees it.
"""

import hashlib
import json
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from cms.admin_pages import pages_shown_in_admin
from cms.i18n import LANGUAGE_CODES, SOURCE_LANGUAGE, missing_fields, page_languages, translated_field_names
from cms.models import TranslationRecord

MISSING, OUTDATED, TRANSLATED, REVIEWED = "missing", "outdated", "translated", "reviewed"
TARGET_LANGUAGES = [code for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE]


def _fingerprint(page, language: str) -> str:
    values = []
    for name in translated_field_names(type(page)):
        localized = build_localized_fieldname(name, language)
        try:
            model_field = page._meta.get_field(localized)
        except FieldDoesNotExist:  # Wagtail's own title has its columns; other models may lack one
            values.append(None)
            continue
        values.append(model_field.get_prep_value(getattr(page, localized, None)))
    return hashlib.sha256(json.dumps(values, default=str, sort_keys=True).encode()).hexdigest()


@transaction.atomic
def translation_records_update(*, page: Page) -> None:
    """After a publish: a language whose translation changed was made from the current source."""
    source = _fingerprint(page, SOURCE_LANGUAGE)
    records = {record.language: record for record in TranslationRecord.objects.filter(page=page)}
    for code in TARGET_LANGUAGES:
        translated = _fingerprint(page, code)
        record = records.get(code)
        if record is None:
            TranslationRecord.objects.create(page=page, language=code, source_hash=source, translation_hash=translated)
        elif record.translation_hash != translated:
            record.source_hash, record.translation_hash = source, translated
            record.reviewed_by, record.reviewed_at = None, None
            record.save()


@transaction.atomic
def translation_mark_reviewed(*, page: Page, language: str, user) -> TranslationRecord:
    """An editor checked the ``language`` translation against the current Vietnamese source."""
    if language not in TARGET_LANGUAGES:
        raise ValueError(f"Not a translation language: {language!r}")
    page = page.specific
    record, _created = TranslationRecord.objects.select_for_update().get_or_create(
        page=page,
        language=language,
        defaults={"source_hash": "", "translation_hash": _fingerprint(page, language)},
    )
    record.source_hash = _fingerprint(page, SOURCE_LANGUAGE)
    record.translation_hash = _fingerprint(page, language)
    record.reviewed_by, record.reviewed_at = user, timezone.now()
    record.save()
    return record


@dataclass
class LanguageStatus:
    code: str
    complete: int = 0
    partial: int = 0
    missing: int = 0
    outdated: int = 0
    reviewed: int = 0

    @property
    def total(self) -> int:
        return self.complete + self.partial + self.missing

    @property
    def percent_complete(self) -> int:
        return round(100 * self.complete / self.total) if self.total else 100


@dataclass
class CellStatus:
    code: str
    state: str  # MISSING, OUTDATED, TRANSLATED or REVIEWED
    missing_fields: list[str] = field(default_factory=list)
    reviewed_by: str = ""
    reviewed_at: object = None


@dataclass
class PageStatus:
    page: Page
    cells: list[CellStatus] = field(default_factory=list)

    @property
    def missing_languages(self) -> list[str]:
        return [cell.code for cell in self.cells if cell.state == MISSING and not cell.missing_fields]

    @property
    def partial_languages(self) -> dict[str, list[str]]:
        return {cell.code: cell.missing_fields for cell in self.cells if cell.missing_fields}

    @property
    def needs_work(self) -> bool:
        return any(cell.state in (MISSING, OUTDATED) for cell in self.cells)


def _cell(page, code: str, available, record, source: str) -> CellStatus:
    if code not in available:
        return CellStatus(code, MISSING)
    fields = missing_fields(page, code)
    if fields:
        return CellStatus(code, MISSING, missing_fields=fields)
    if record is not None and record.source_hash != source:
        return CellStatus(code, OUTDATED)
    if record is not None and record.reviewed_at is not None:
        name = (record.reviewed_by.get_full_name() or record.reviewed_by.get_username()) if record.reviewed_by else ""
        return CellStatus(code, REVIEWED, reviewed_by=name, reviewed_at=record.reviewed_at)
    return CellStatus(code, TRANSLATED)


def translation_overview(*, user) -> tuple[list[LanguageStatus], list[PageStatus]]:
    """Counts per language, and every page with its state in each language (pages needing work first): of
    the pages the admin shows ``user`` (``cms.admin_pages``)."""
    statuses = {code: LanguageStatus(code) for code in TARGET_LANGUAGES}
    records: dict[tuple[int, str], TranslationRecord] = {
        (record.page_id, record.language): record for record in TranslationRecord.objects.select_related("reviewed_by")
    }
    pages = []
    shown = pages_shown_in_admin(pages=Page.objects.filter(depth__gt=1), user=user)
    for page in shown.specific().order_by("path"):
        if not any(key[0] == page.pk for key in records):
            translation_records_update(page=page)  # first sight: recorded as made from the current source
            records.update({(r.page_id, r.language): r for r in TranslationRecord.objects.filter(page=page)})
        available = page_languages(page)
        source = _fingerprint(page, SOURCE_LANGUAGE)
        page_status = PageStatus(page)
        for code, status in statuses.items():
            cell = _cell(page, code, available, records.get((page.pk, code)), source)
            page_status.cells.append(cell)
            if cell.state == MISSING and not cell.missing_fields:
                status.missing += 1
            elif cell.missing_fields:
                status.partial += 1
            else:
                status.complete += 1
                status.outdated += cell.state == OUTDATED
                status.reviewed += cell.state == REVIEWED
        pages.append(page_status)
    pages.sort(key=lambda item: not item.needs_work)  # stable: tree order within each group
    return list(statuses.values()), pages
