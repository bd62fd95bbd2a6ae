"""The document builder: one search document per page and per language.

The same dictionaries feed Elasticsearch (``search.backends.elastic``) and the database fallback
(``search.models.SearchEntry``), so both search the same text. Every language gets a document for
every page: a page not yet translated is found in the text readers see (requested language, then
English, then Vietnamese), and ``shown_language`` says which one that is.

The builder names no page type. A page's translated fields give the title, summary and body; a
catalogue page (``cms.catalogue.CatalogueEntryMixin``) adds its ``SearchFacts``: its type (its kind's
key), facet and filter values, and ``meta`` text (agency, sector and place names, the labels of its
choices) that is searched but not shown. Every other page is of type "page" with empty facets.
"""

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing

from cms.catalogue import CatalogueEntryMixin, RangeFilter, SearchFacts, catalogue_kind_of, catalogue_kinds
from cms.i18n import LANGUAGE_CODES, localized, page_url_in, translated_field_names
from cms.models import HomePage

from .analysis import stem_tokens
from .text import cjk_grams, clean, fold

MAX_BODY_CHARS = 20_000
SUMMARY_FIELDS = ("summary", "introduction", "hero_text")
NOT_BODY_FIELDS = {"title", "slug", "url_path", "seo_title", "search_description", *SUMMARY_FIELDS}
PAGE_TYPE = "page"  # every page that is not of a catalogue kind
PAGE_LABEL = _("Page")


def search_types() -> tuple[str, ...]:
    """The values of a document's ``type``: the catalogue kinds' keys, then "page"."""
    return (*catalogue_kinds(), PAGE_TYPE)


def type_labels() -> dict[str, str]:
    """``{type: label}`` (lazy labels: translated where they are shown)."""
    return {**{key: kind.label for key, kind in catalogue_kinds().items()}, PAGE_TYPE: PAGE_LABEL}


def search_ranges() -> dict[str, RangeFilter]:
    """``{name: range filter}`` declared by the catalogue kinds (``CatalogueKind.ranges``): each is a
    number of the documents (``numbers[name]``, in its field's unit), a pair of API parameters
    (``<name>_min``, ``<name>_max``, in the typed unit) and a field of the index. Kinds that declare the
    same name share it (the first declaration's conversion is used)."""
    found: dict[str, RangeFilter] = {}
    for kind in catalogue_kinds().values():
        for number in kind.ranges:
            found.setdefault(number.name, number)
    return found


def page_search_type(page: Page) -> str:
    kind = catalogue_kind_of(page)
    return kind.key if kind is not None else PAGE_TYPE


def page_is_searchable(page: Page) -> bool:
    """Live, public pages below the site root (the home page itself and the tree root excluded)."""
    if page.depth <= 1 or isinstance(page, HomePage) or not page.live:
        return False
    return not page.get_view_restrictions().exists()


def searchable_pages():
    """Every page that should be in the index, specific, in tree order."""
    return Page.objects.live().public().filter(depth__gt=1).not_type(HomePage).order_by("path").specific()


@dataclass
class BuildContext:
    """Reference data loaded once per batch: what each catalogue page class asks for in its
    ``search_reference()``, loaded the first time a page of that class is built (classes that inherit
    the same loader share one load)."""

    references: dict = field(default_factory=dict)

    @classmethod
    def load(cls) -> "BuildContext":
        return cls()

    def reference_for(self, model: type[CatalogueEntryMixin]) -> dict:
        loader = model.search_reference
        key = loader.__func__
        if key not in self.references:
            self.references[key] = loader()
        return self.references[key]


def field_text(page: Page, name: str, value) -> str:
    if value is None:
        return ""
    model_field = page._meta.get_field(name) if name in {f.name for f in page._meta.get_fields()} else None
    if isinstance(model_field, StreamField):
        return " ".join(clean(part) for part in model_field.stream_block.get_searchable_content(value) if part)
    if isinstance(model_field, RichTextField):
        return clean(get_text_for_indexing(str(value)))  # block elements become spaces: no "địnhMiễn"
    if isinstance(value, str):
        return clean(value)
    return ""


def _number(value) -> float | None:
    return float(value) if value is not None else None


def page_documents(page: Page, context: BuildContext | None = None, *, checked: bool = False) -> list[dict]:
    """The page's documents, one per language (empty when the page is not searchable; ``checked``: the
    caller took the page from ``searchable_pages()``, so its restrictions need no query)."""
    if not checked and not page_is_searchable(page):
        return []
    context = context or BuildContext.load()
    return [build_document(page, language, context) for language in LANGUAGE_CODES]


def batch_prefetch(pages: list[Page]) -> None:
    """Load what the catalogue pages' ``search_facts`` read (``search_prefetch``) for the whole batch: one
    query per relation and page class instead of several per page and language."""
    by_class: dict[type, list[Page]] = {}
    for page in pages:
        if isinstance(page, CatalogueEntryMixin):
            by_class.setdefault(type(page), []).append(page)
    for model, members in by_class.items():
        lookups = model.search_prefetch()
        if lookups:
            prefetch_related_objects(members, *lookups)


def documents_in_batches(pages: Iterable[Page], *, batch_size: int = 200) -> Iterator[list[Page]]:
    """``pages`` (specific) in lists of ``batch_size``, each with its relations loaded (``batch_prefetch``)."""
    batch: list[Page] = []
    for page in pages:
        batch.append(page)
        if len(batch) == batch_size:
            batch_prefetch(batch)
            yield batch
            batch = []
    if batch:
        batch_prefetch(batch)
        yield batch


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

    facts = SearchFacts()
    kind = catalogue_kind_of(page)
    with translation.override(language):
        if isinstance(page, CatalogueEntryMixin):
            facts = page.search_facts(language=language, reference=context.reference_for(type(page)))
        url = page_url_in(page, language)
        shown_kind = str(kind.label) if kind else ""  # the page says what it is: "Industrial zone"
    meta = " ".join(part for part in (clean(part) for part in [shown_kind, *facts.meta]) if part)
    last_verified = facts.last_verified.isoformat() if facts.last_verified else None
    published = page.first_published_at or page.last_published_at
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
        "topics": " ".join(clean(label) for label in facts.sector_labels),
        "meta": meta,
        "meta_folded": fold(meta),
        "cjk": cjk_grams(" ".join([clean(title), summary, body, meta, *facts.sector_labels])),
        "sector_codes": list(facts.sector_codes),
        "sector_tree": list(facts.sector_tree),
        "sector_labels": [clean(label) for label in facts.sector_labels],
        "place_id": facts.place_id,
        "place_tree": list(facts.place_tree),
        "location_label": clean(facts.location_label),
        "status": facts.status,
        "capital_usd": _number(facts.capital_usd),
        "numbers": {name: float(value) for name, value in sorted(facts.numbers.items()) if value is not None},
        "location": {"lat": facts.coordinates[0], "lon": facts.coordinates[1]} if facts.coordinates else None,
        "published_at": published.isoformat() if published else None,
        "last_verified": last_verified,
        "url": url,
        "agency": clean(facts.agency),
    }
    doc["version"] = document_version(doc)
    return doc


def index_fields(doc: dict) -> dict:
    """What the Elasticsearch index keeps beside a document's own fields, derived from them: the folded
    topics, English stems (the core build has no stemmer) and the title's CJK grams."""
    language = doc["language"]
    topics = doc.get("topics", "")
    title = stem_tokens(doc["title"], language)
    rest = stem_tokens(" ".join([doc["summary"], topics, doc["body"], doc["meta"]]), language)
    return {
        "topics_folded": fold(topics),
        "title_stems": " ".join(title),
        "stems": " ".join(title + rest),
        "title_cjk": cjk_grams(doc["title"]),
    }


def document_version(doc: dict) -> str:
    payload = json.dumps({k: v for k, v in doc.items() if k != "version"}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(payload.encode(), usedforsecurity=False).hexdigest()
