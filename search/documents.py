"""The document builder: one search document per page and per language.

The same dictionaries feed Elasticsearch (``search.backends.elastic``) and the database fallback
(``search.models.SearchEntry``), so both search the same text. Every language gets a document for
every page: a page not yet translated is found in the text readers see (requested language, then
English, then Vietnamese), and ``shown_language`` says which one that is.
"""

import hashlib
import json
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db.models import Model
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from cms.i18n import FALLBACK_ORDER, LANGUAGE_CODES, page_url_in, translated_field_names

from .text import CJK_CHAR, cjk_grams, clean, fold

MAX_BODY_CHARS = 20_000
SUMMARY_FIELDS = ("summary", "introduction", "hero_text")
NOT_BODY_FIELDS = {"title", "slug", "url_path", "seo_title", "search_description", *SUMMARY_FIELDS}

TYPE_LABELS = {
    "project": _("Investment project"),
    "opportunity": _("Agricultural opportunity"),
    "zone": _("Industrial zone"),
    "page": _("Page"),
}
SEARCH_TYPES = tuple(TYPE_LABELS)


def page_search_type(page: Page) -> str:
    from investment.models import OpportunityPage, ProjectPage, ZonePage

    if isinstance(page, ProjectPage):
        return "project"
    if isinstance(page, OpportunityPage):
        return "opportunity"
    if isinstance(page, ZonePage):
        return "zone"
    return "page"


def page_is_searchable(page: Page) -> bool:
    """Live, public pages below the site root (the home page itself and the tree root excluded)."""
    from cms.models import HomePage

    if page.depth <= 1 or isinstance(page, HomePage) or not page.live:
        return False
    return not page.get_view_restrictions().exists()


def searchable_pages():
    """Every page that should be in the index, specific, in tree order."""
    from cms.models import HomePage

    return Page.objects.live().public().filter(depth__gt=1).not_type(HomePage).order_by("path").specific()


@dataclass
class BuildContext:
    """Reference data loaded once per batch: sectors and places with their ancestors."""

    sectors: dict[int, Model] = field(default_factory=dict)
    places: dict[int, Model] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "BuildContext":
        from investment.models import Place, Sector

        return cls(sectors={s.pk: s for s in Sector.objects.all()}, places={p.pk: p for p in Place.objects.all()})

    def chain(self, nodes: dict[int, Model], node) -> list:
        return node.ancestors_and_self(among=nodes.values())


def localized(obj, name: str, language: str):
    """The value of a translated field in ``language``, falling back to English, then Vietnamese."""
    for code in (language, *FALLBACK_ORDER):
        value = getattr(obj, build_localized_fieldname(name, code), None)
        if _has_text(value):
            return value, code
    return getattr(obj, name, None), settings.LANGUAGE_CODE


def _has_text(value) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    try:
        return len(value) > 0
    except TypeError:
        return True


def field_text(page: Page, name: str, value) -> str:
    if value is None:
        return ""
    model_field = page._meta.get_field(name) if name in {f.name for f in page._meta.get_fields()} else None
    if isinstance(model_field, StreamField):
        return " ".join(clean(part) for part in model_field.stream_block.get_searchable_content(value) if part)
    if isinstance(model_field, RichTextField):
        return clean(strip_tags(str(value)))
    if isinstance(value, str):
        return clean(value)
    return ""


def _labels(node, language: str) -> str:
    value, _code = localized(node, "name", language)
    return clean(value)


def _decimal(value) -> float | None:
    if value is None:
        return None
    return float(Decimal(value))


def page_documents(page: Page, context: BuildContext | None = None) -> list[dict]:
    """The page's documents, one per language (empty when the page is not searchable)."""
    if not page_is_searchable(page):
        return []
    context = context or BuildContext.load()
    return [build_document(page, language, context) for language in LANGUAGE_CODES]


def build_document(page: Page, language: str, context: BuildContext) -> dict:
    doc_type = page_search_type(page)
    title, shown_language = localized(page, "title", language)
    summary = ""
    body_parts: list[str] = []
    for name in translated_field_names(type(page)):
        if name == "title":
            continue
        value, _code = localized(page, name, language)
        text = field_text(page, name, value)
        if not text:
            continue
        if name in SUMMARY_FIELDS and not summary:
            summary = text
        elif name not in NOT_BODY_FIELDS:
            body_parts.append(text)
    if not summary:
        value, _code = localized(page, "search_description", language)
        summary = clean(value)
    body = " ".join(body_parts)[:MAX_BODY_CHARS]

    meta_parts: list[str] = []
    sector_codes: list[str] = []
    sector_tree: list[str] = []
    sector_labels: list[str] = []
    place_tree: list[str] = []
    place_id = None
    location_label = ""
    status = ""
    capital_vnd = capital_usd = None
    location = None
    last_verified = None
    agency = ""
    with translation.override(language):
        if doc_type != "page":
            agency_obj = page.agency
            agency = clean(localized(agency_obj, "name", language)[0])
            meta_parts += [agency, clean(localized(agency_obj, "short_name", language)[0])]
            for sector in sorted(page.sectors.all(), key=lambda s: s.tree_order_key):
                sector = context.sectors.get(sector.pk, sector)
                sector_codes.append(sector.code)
                sector_labels.append(_labels(sector, language))
                for node in context.chain(context.sectors, sector):
                    if node.code not in sector_tree:
                        sector_tree.append(node.code)
                        meta_parts.append(_labels(node, language))
            if page.place_id:
                place = context.places.get(page.place_id) or page.place
                place_id = str(place.pk)
                location_label = _labels(place, language)
                seen = set()
                current = place
                for _step in range(6):  # the place, then what absorbed it (bounded chain)
                    if current is None or current.pk in seen:
                        break
                    seen.add(current.pk)
                    for node in context.chain(context.places, current):
                        if str(node.pk) not in place_tree:
                            place_tree.append(str(node.pk))
                            meta_parts.append(_labels(node, language))
                            meta_parts += [clean(name) for name in node.former_name_list]
                    current = context.places.get(current.successor_id) if current.successor_id else None
            status = getattr(page, "status", "") or ""
            if status:
                meta_parts.append(clean(str(page.get_status_display())))
            commodity = getattr(page, "commodity", "")
            if commodity:
                meta_parts.append(clean(str(page.get_commodity_display())))
            capital_vnd = _decimal(getattr(page, "capital_vnd", None))
            if capital_vnd is not None:
                capital_usd = round(capital_vnd * settings.PORTAL_USD_PER_VND, 2)
            coordinates = page.coordinates
            if coordinates:
                location = {"lat": coordinates[0], "lon": coordinates[1]}
            last_verified = page.last_verified.isoformat() if page.last_verified else None
        url = page_url_in(page, language)
    meta = " ".join(part for part in meta_parts if part)
    published = page.first_published_at or page.last_published_at
    suggest_inputs = _suggest_inputs(clean(title))
    doc = {
        "page_id": page.pk,
        "language": language,
        "shown_language": shown_language,
        "type": doc_type,
        "title": clean(title),
        "title_folded": fold(title),
        "summary": summary,
        "summary_folded": fold(summary),
        "body": body,
        "body_folded": fold(body),
        "meta": meta,
        "meta_folded": fold(meta),
        "cjk": cjk_grams(" ".join([clean(title), summary, body, meta])),
        "sector_codes": sector_codes,
        "sector_tree": sector_tree,
        "sector_labels": sector_labels,
        "place_id": place_id,
        "place_tree": place_tree,
        "location_label": location_label,
        "status": status,
        "capital_vnd": capital_vnd,
        "capital_usd": capital_usd,
        "location": location,
        "published_at": published.isoformat() if published else None,
        "last_verified": last_verified,
        "url": url,
        "agency": agency,
        "suggest": {"input": suggest_inputs},
    }
    doc["version"] = document_version(doc)
    return doc


def _suggest_inputs(title: str) -> list[str]:
    """The title, its folded form, and the title from each of its next words (so typing a word
    in the middle of a title suggests it too)."""
    inputs = [title, fold(title)]
    words = title.split()
    for index in range(1, min(len(words), 6)):
        tail = " ".join(words[index:])
        inputs += [tail, fold(tail)]
    # Titles in Chinese, Japanese or Korean have no spaces: start at each CJK character instead.
    inputs += [title[index:] for index in range(1, min(len(title), 16)) if CJK_CHAR.match(title[index])]
    seen = []
    for value in inputs:
        value = value[:100]
        if value and value not in seen:
            seen.append(value)
    return seen


def document_version(doc: dict) -> str:
    payload = json.dumps({k: v for k, v in doc.items() if k != "version"}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(payload.encode(), usedforsecurity=False).hexdigest()
