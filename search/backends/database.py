"""The database backend: the same contract, answered from ``SearchEntry`` (one row per page and
language, written from the same documents as the Elasticsearch index). Alone it is the search of a
site without Elasticsearch (``make run``); behind ``FallbackSearchBackend`` it is the copy that
answers when Elasticsearch does not.

It follows the same ``QueryPlan`` as Elasticsearch (``search.query``: clauses, how many must match, the
loose second pass, exact before folded, synonyms) on whole words, never inside one ("rice" is not in
"prices", "IRC" not in "recirculated"):

* **PostgreSQL** (``database_postgres``): a ``tsvector`` per row built in Python from the same tokens
  (folded words, the words as written, English stems, CJK grams; title, summary, body and meta weighted
  A to D) kept in a narrow copy of the row (``SearchEntryVector``, with the facet values and the filter
  and sort columns), a GIN index, and one SQL statement per pass that matches, ranks (by the
  plan's tiers, then ``ts_rank`` weighted by how rare each clause is, for the best rows of the tiers),
  counts and computes the facets of the same rows;
* **other databases** (SQLite for ``make run``, ``database_portable``): space-padded token columns
  matched with ``LIKE '% word %'``, the same tiers with simpler relevance (title, then anywhere).

Typo tolerance: words eligible for it (``search.analysis.fuzziness``) that are not in the indexed
vocabulary (``SearchTerm``) are looked up there, by trigram similarity on PostgreSQL (``pg_trgm``) or
by first letter and length elsewhere, and the indexed words within the allowed edits (counted as
Elasticsearch counts them) become alternatives of the word.
"""

from collections import Counter
from collections.abc import Callable, Iterable

from django.db import connection, transaction
from django.db.models import Case, F, Value, When
from django.db.models.functions import Length

from ..analysis import EXACT_PREFIX, edit_distance, is_vietnamese_syllable, joined, text_terms, vocabulary_of
from ..models import SearchEntry, SearchEntryTerm, SearchEntryVector, SearchTerm
from ..params import SearchParams
from ..query import Alternative, Frequencies, Probe, QueryPlan, parse_query
from ..text import fold_lower
from .base import BaseSearchBackend, SearchResult, Suggestions
from .database_portable import portable_search
from .database_postgres import postgres_search, tsvector_literal

MAX_CORRECTIONS = 3
TRIGRAM_THRESHOLD = 0.2
FIELDS = ("title", "summary", "topics", "body", "meta")  # in this order in the token columns
LEAD_FIELDS = ("title", "summary", "topics")  # what a page is about
VOCABULARY_BATCH = 300  # rows per statement (SQLite allows 999 parameters)


def entries_search(params: SearchParams, plan: QueryPlan) -> SearchResult:
    if connection.vendor == "postgresql":
        return postgres_search(params, plan)
    return portable_search(params, plan)


def vocabulary_frequencies(language: str, probes: list[Probe]) -> Frequencies:
    """Document frequencies from the vocabulary (``SearchTerm``): a word (any of its forms), a pair of
    Vietnamese syllables as the pair, a longer phrase as its rarest word, a CJK string as its k-th most
    frequent gram (k: the grams it needs)."""
    needed: set[str] = set()
    for probe in probes:
        if probe.exact:
            needed.update(EXACT_PREFIX + word for word in probe.words)
        elif probe.cjk:
            needed.update(Alternative(cjk=probe.cjk).grams)
            needed.update(probe.cjk)
        else:
            needed.update(probe.words)
            needed.update(probe.forms)
            if len(probe.words) == 2:
                needed.add(" ".join(probe.words))
    known = (
        dict(SearchTerm.objects.filter(language=language, term__in=sorted(needed)).values_list("term", "df"))
        if needed
        else {}
    )
    counts = {}
    for probe in probes:
        if probe.exact:
            counts[probe] = min(known.get(EXACT_PREFIX + word, 0) for word in probe.words)
        elif probe.cjk:
            grams = sorted((known.get(gram, 0) for gram in Alternative(cjk=probe.cjk).grams), reverse=True)
            counts[probe] = grams[probe.grams_required - 1] if grams and probe.grams_required else 0
            if not counts[probe] and Alternative(cjk=probe.cjk).by_characters:
                counts[probe] = min(known.get(char, 0) for char in probe.cjk)
        elif len(probe.words) == 1:
            counts[probe] = max(known.get(form, 0) for form in (*probe.words, *probe.forms))
        elif len(probe.words) == 2 and all(is_vietnamese_syllable(word) for word in probe.words):
            counts[probe] = known.get(" ".join(probe.words), 0)  # the vocabulary keeps every syllable pair
        else:
            counts[probe] = min(known.get(word, 0) for word in probe.words)
    total = SearchEntry.objects.filter(language=language).count()
    return Frequencies(total=total, counts=counts)


def typo_corrections(plan: QueryPlan, language: str) -> dict[str, tuple[str, ...]]:
    """``{folded word: indexed words}`` for the plan's typo-tolerant words missing from the vocabulary."""
    wanted = {term.folded: term.fuzzy for clause in plan.clauses for term in clause.typed.terms if term.fuzzy}
    if not wanted:
        return {}
    known = set(
        SearchTerm.objects.filter(language=language, term__in=list(wanted), df__gt=0).values_list("term", flat=True)
    )
    corrections = {}
    for word, edits in wanted.items():
        if word in known:
            continue
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # one transposition in a short word shares few trigrams ("shirmp", "shrimp": 0.27)
                cursor.execute(f"SET pg_trgm.similarity_threshold = {TRIGRAM_THRESHOLD}")
                # the table is the model's; the words are parameters
                cursor.execute(
                    f"SELECT term FROM {SearchTerm._meta.db_table} WHERE language = %s AND term %% %s AND df > 0 "  # noqa: S608
                    "ORDER BY similarity(term, %s) DESC, term LIMIT 30",
                    [language, word, word],
                )
                candidates = [row[0] for row in cursor.fetchall()]
        else:
            candidates = list(
                SearchTerm.objects.filter(language=language, term__startswith=word[0], df__gt=0)
                .alias(length=Length("term"))
                .filter(length__gte=len(word) - edits, length__lte=len(word) + edits)
                .values_list("term", flat=True)[:2000]
            )
        close = sorted(
            (distance, candidate)
            for candidate in candidates
            if candidate[:1] == word[:1]
            and candidate.isalpha()
            and (distance := edit_distance(word, candidate, edits)) <= edits
        )
        if close:
            corrections[word] = tuple(candidate for _distance, candidate in close[:MAX_CORRECTIONS])
    return corrections


def entries_suggest(q: str, language: str, *, limit: int = 8) -> list[dict]:
    folded = fold_lower(q.strip())[:100]
    parsed = parse_query(q)
    if parsed.empty or not folded.strip():
        return []
    entries = (
        SearchEntry.objects.filter(language=language, title_folded__contains=folded)
        .alias(prefix=Case(When(title_folded__startswith=folded, then=Value(0)), default=Value(1)))
        .order_by("prefix", "title")
        .values("title", "url", "type", "page_id")[:limit]
    )
    return [{"text": row.pop("title"), **row} for row in entries]


# --- writing: the rows --------------------------------------------------------------------------


def _fields(doc: dict) -> dict:
    """The document's fields as ``TextTerms``, positions running on from one field to the next."""
    fields = {}
    position = 1
    for name in FIELDS:
        fields[name] = text_terms(doc.get(name, ""), doc["language"], start=position)
        position = fields[name].next_position + 1
    return fields


def _entry(doc: dict, fields: dict) -> SearchEntry:
    language = doc["language"]
    every = [fields[name] for name in FIELDS]
    return SearchEntry(
        page_id=doc["page_id"],
        language=language,
        type=doc["type"],
        title=doc["title"][:255],
        summary=doc["summary"],
        body=doc["body"],
        url=doc["url"][:500],
        shown_language=doc["shown_language"],
        title_folded=fold_lower(doc["title"])[:255],
        title_words=joined(fields["title"].folded),
        lead_words=joined(
            [
                pair
                for name in LEAD_FIELDS
                for pair in (
                    *fields[name].folded,
                    *((position, EXACT_PREFIX + token) for position, token in fields[name].exact),
                    *fields[name].grams,
                )
            ]
        ),
        words=joined([pair for terms in every for pair in terms.folded]),
        exact_words=joined([pair for terms in every for pair in terms.exact]),
        stems=joined([pair for terms in every for pair in terms.stems]),
        title_cjk=joined(fields["title"].grams),
        cjk=joined([pair for terms in every for pair in terms.grams]),
        numbers=doc.get("numbers") or {},
        facet_codes=" ".join(
            [*(f"sector={code}" for code in doc["sector_tree"]), *(f"place={pk}" for pk in doc["place_tree"])]
        ),
        status=doc["status"],
        capital_usd=doc["capital_usd"],
        latitude=doc["location"]["lat"] if doc["location"] else None,
        longitude=doc["location"]["lon"] if doc["location"] else None,
        published_at=doc["published_at"],
        last_verified=doc["last_verified"],
        sector_label="\n".join(doc["sector_labels"])[:255],
        location_label=doc["location_label"][:255],
        version=doc["version"],
    )


def _vector(entry: SearchEntry, fields: dict) -> SearchEntryVector:
    return SearchEntryVector(
        entry=entry,
        language=entry.language,
        page_id=entry.page_id,
        type=entry.type,
        status=entry.status,
        published_at=entry.published_at,
        capital_usd=entry.capital_usd,
        facet_codes=entry.facet_codes,
        numbers=entry.numbers,
        latitude=entry.latitude,
        longitude=entry.longitude,
        vector=tsvector_literal(fields),
    )


def _terms(entry: SearchEntry, doc: dict) -> list[SearchEntryTerm]:
    terms = [SearchEntryTerm(entry=entry, kind="sector", value=code) for code in doc["sector_tree"]]
    terms += [SearchEntryTerm(entry=entry, kind="place", value=pk) for pk in doc["place_tree"]]
    return terms


def _vocabulary(rows: Iterable[tuple[str, str, str, str, str]]) -> Counter:
    """``{(language, lexeme): pages}`` of entries given as ``(language, words, stems, cjk, exact_words)``."""
    counted: Counter = Counter()
    for language, words, stems, grams, exact in rows:
        counted.update((language, lexeme) for lexeme in vocabulary_of(words, stems, grams, exact))
    return counted


def vocabulary_add(counted: Counter) -> None:
    """Add page counts to the vocabulary (one upsert per batch, the same SQL on PostgreSQL and SQLite)."""
    table = connection.ops.quote_name(SearchTerm._meta.db_table)
    items = sorted(counted.items())
    with connection.cursor() as cursor:
        for start in range(0, len(items), VOCABULARY_BATCH):
            batch = items[start : start + VOCABULARY_BATCH]
            values = ", ".join(["(%s, %s, %s)"] * len(batch))
            # the table is the model's; placeholders only, the values are parameters
            cursor.execute(
                f"INSERT INTO {table} (language, term, df) VALUES {values} "  # noqa: S608
                f"ON CONFLICT (language, term) DO UPDATE SET df = {table}.df + excluded.df",
                [value for (language, term), count in batch for value in (language, term, count)],
            )


def vocabulary_remove(page_ids: Iterable[int], *, language: str | None = None) -> None:
    """Take the rows of these pages out of the vocabulary's counts (before the rows are deleted)."""
    rows = SearchEntry.objects.filter(page_id__in=list(page_ids))
    if language is not None:
        rows = rows.filter(language=language)
    counted = _vocabulary(rows.values_list("language", "words", "stems", "cjk", "exact_words"))
    by_amount: dict[tuple[str, int], list[str]] = {}
    for (lang, term), count in counted.items():
        by_amount.setdefault((lang, count), []).append(term)
    for (lang, count), terms in by_amount.items():
        for start in range(0, len(terms), VOCABULARY_BATCH):
            SearchTerm.objects.filter(language=lang, term__in=terms[start : start + VOCABULARY_BATCH]).update(
                df=Case(When(df__gt=count, then=F("df") - count), default=Value(0))
            )


def entries_write(documents: list[dict]) -> None:
    """Insert the documents' rows (the caller removed any previous ones, ``vocabulary_remove`` first) and
    count their lexemes into the vocabulary."""
    postgres = connection.vendor == "postgresql"
    fields = [_fields(doc) for doc in documents]
    built = [_entry(doc, terms) for doc, terms in zip(documents, fields, strict=True)]
    entries = SearchEntry.objects.bulk_create(built, batch_size=500)
    if entries and entries[0].pk is None:  # a database that does not return ids
        keys = {(doc["page_id"], doc["language"]) for doc in documents}
        by_key = {
            (entry.page_id, entry.language): entry
            for entry in SearchEntry.objects.filter(page_id__in={key[0] for key in keys})
        }
        entries = [by_key[(doc["page_id"], doc["language"])] for doc in documents]
    if postgres:  # the narrow copy that PostgreSQL's search reads (database_postgres)
        vectors = [_vector(entry, terms) for entry, terms in zip(entries, fields, strict=True)]
        SearchEntryVector.objects.bulk_create(vectors, batch_size=500)
    terms = [term for entry, doc in zip(entries, documents, strict=True) for term in _terms(entry, doc)]
    SearchEntryTerm.objects.bulk_create(terms, batch_size=1000)
    vocabulary_add(
        _vocabulary((entry.language, entry.words, entry.stems, entry.cjk, entry.exact_words) for entry in built)
    )


def vectors_settle() -> None:
    """After a rebuild on PostgreSQL: the GIN index's pending list (rows inserted since its last
    clean-up, up to ``gin_pending_list_limit``, which every search scans in full) merged into the index,
    and the planner's statistics of the new rows (a search right after a rebuild would otherwise be
    planned for the old table)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT gin_clean_pending_list('portal_search_vector_gin'::regclass)")
        for model in (SearchEntryVector, SearchEntry, SearchEntryTerm):
            cursor.execute(f"ANALYZE {model._meta.db_table}")  # the models' table names


class DatabaseSearchBackend(BaseSearchBackend):
    """``SearchEntry`` rows (and their ``SearchEntryTerm`` facet values). Every write is one
    transaction, so a reader sees a page's old rows or its new ones, never half of them; it raises
    no ``BackendUnavailable`` (a database error is the database's, reported as such)."""

    name = "database"

    def search(self, params: SearchParams) -> SearchResult:
        return entries_search(params, self.query_plan(params))

    def corrections(self, plan: QueryPlan, language: str) -> dict[str, tuple[str, ...]]:
        return typo_corrections(plan, language)

    def frequencies(self, language: str, probes: list[Probe]) -> Frequencies:
        return vocabulary_frequencies(language, probes)

    def suggest(self, q: str, language: str, *, limit: int = 8) -> Suggestions:
        return Suggestions(entries_suggest(q, language, limit=limit), backend=self.name)

    @transaction.atomic
    def write(self, page_id: int, documents: list[dict]) -> str:
        self.forget_frequencies()
        vocabulary_remove([page_id])
        SearchEntry.objects.filter(page_id=page_id).delete()
        entries_write(documents)
        return "database"

    @transaction.atomic
    def delete(self, page_ids: Iterable[int]) -> None:
        self.forget_frequencies()
        page_ids = list(page_ids)
        vocabulary_remove(page_ids)
        SearchEntry.objects.filter(page_id__in=page_ids).delete()

    @transaction.atomic
    def bulk_index(self, documents: Iterable[dict]) -> int:
        documents = list(documents)
        by_language: dict[str, set[int]] = {}
        for doc in documents:
            by_language.setdefault(doc["language"], set()).add(doc["page_id"])
        self.forget_frequencies()
        for language, page_ids in by_language.items():
            vocabulary_remove(page_ids, language=language)
            SearchEntry.objects.filter(language=language, page_id__in=page_ids).delete()
        entries_write(documents)
        return len(documents)

    @transaction.atomic
    def rebuild(self, documents: Iterable[dict], progress: Callable[[int], None] | None = None) -> dict:
        """The whole table in one transaction: readers see the old rows until the commit."""
        documents = list(documents)
        self.forget_frequencies()
        SearchEntryVector.objects.all().delete()
        SearchEntryTerm.objects.all().delete()
        SearchEntry.objects.all().delete()
        SearchTerm.objects.all().delete()
        # one language's rows together: every search reads one language, so it reads fewer table pages
        entries_write(sorted(documents, key=lambda doc: doc["language"]))
        if connection.vendor == "postgresql":
            vectors_settle()
        if progress:
            progress(len(documents))
        return {"database": len(documents)}

    def indexed_versions(self, language: str) -> dict[int, str]:
        return dict(SearchEntry.objects.filter(language=language).values_list("page_id", "version"))

    def drop(self) -> None:
        self.forget_frequencies()
        SearchEntryVector.objects.all().delete()
        SearchEntry.objects.all().delete()
        SearchTerm.objects.all().delete()

    def status(self) -> dict:
        return {"status": "ok", "backend": self.name}
