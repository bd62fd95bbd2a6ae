"""The database search on PostgreSQL: the plan (``search.query``) as ``tsquery`` over a ``tsvector`` per
row, one SQL statement per pass (a second one only when the strict pass found little and the plan has a
looser one), paginated, counted and faceted in the database.

The vector is built in Python (``tsvector_literal``) from the tokens of ``search.analysis``, not by
PostgreSQL's parser, whose idea of a word depends on the server's locale: folded words, the words as
written (``=cá``) when they have or may have diacritics, English stems and CJK grams, at their positions,
weighted by field (title A; summary and the page's sectors B; body C; meta D). Queries are written as
``tsquery`` literals with every lexeme quoted, so nothing typed is parsed as query syntax.

One statement: the filtered rows that have any word of the query (the GIN index; all of them when the
strict pass needs all), each clause matched, the rows with enough clauses, their tier (matched clauses
weighted by rarity, clauses matched as typed, title and phrase boosts), then as one JSON row: the count,
the page of ids, and the facets of exactly those rows. The rows are ``SearchEntryVector``'s, narrow copies
of the entries with what the search reads of each (vector, facet values, type, status, date, capital);
a filter on anything else (sector, place, ranges, distance, pages) keeps the ids that the ORM's
``filtered_entries``, shared with the other databases, keeps. The wide ``SearchEntry`` rows are read
for the page of results only (``results_for``).

What keeps it fast at 100,000 documents (``make bench``; issue 15.3):

* the narrow rows (migration 0007): counting and faceting ten thousand matches reads ten thousand
  small rows, not the texts and token columns of ten thousand entries;
* the vector is stored in the row (``STORAGE MAIN``) and uncompressed up to a page
  (``toast_tuple_target``): out of line, each ``@@`` and ``ts_rank`` fetched it again from the TOAST
  table, and compressed, each of them decompressed it again;
* when the index condition already requires every required clause (a strict pass that needs all of
  them), no per-row test of those clauses: they are known to match;
* after a rebuild the GIN index's pending list is merged and the tables analysed
  (``vectors_settle``): every search scans the pending list in full, and the planner needs to know the
  new rows;
* ``ts_rank`` (the costly part: it walks the positions) runs only for the best ``RANK_WINDOW`` rows by
  tier, newest first within a tier, and not at all for another sort. Every row of a site the size of the
  demo is in the window, so its ranking is exact; with thousands of matches in one tier the page is the
  best-ranked of that tier's newest ``RANK_WINDOW``;
* the sector and place facets come from the row's ``facet_codes`` in one pass, not a join per row;
* a rebuild writes one language's rows together (a search reads one language's rows).
"""

import json
from dataclasses import replace
from itertools import chain

from django.db import connection
from django.db.models import TextField, Value
from django.db.models.functions import Concat

from ..analysis import EXACT_PREFIX
from ..labels import facet_list
from ..models import SearchEntryVector
from ..params import SearchParams
from ..query import (
    EXACT_WEIGHT,
    SYNONYM_FACTOR,
    Alternative,
    Clause,
    QueryPlan,
)
from ..text import cjk_query_grams
from .base import FACETS, SearchResult
from .database_filters import filtered_entries, results_for, search_result

WEIGHTS = {"title": "A", "summary": "B", "topics": "B", "body": "C", "meta": "D"}
MAX_POSITION = 16383  # PostgreSQL's largest position
MAX_POSITIONS = 255  # positions kept per lexeme
RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"  # D, C, B, A
RANK_NORMALISATION = 1  # divided by 1 + log(length): a long guide does not win by repeating a word
RANK_SCALE = 100.0
TITLE_PHRASE_BOOST = 50.0
SUMMARY_PHRASE_BOOST = 15.0
FACET_SIZE = 30
RANK_WINDOW = 500  # rows ranked by ts_rank: the best by tier (every row of a small site)
PARTIAL_GRAMS = 0.3  # a CJK string with some of its grams, against one with all of them
FOLDED_WHEN_EXACT = 0.3  # a clause typed with diacritics ranks by its exact words, its folded ones count less


def _lexeme(token: str, weights: str = "") -> str:
    quoted = "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"
    return f"{quoted}:{weights}" if weights else quoted


def tsvector_literal(fields: dict) -> str:
    """``{"title": TextTerms, ...}`` as a ``tsvector`` literal (``'xoai':3A,17C 'cat':4A``)."""
    lexemes: dict[str, list[str]] = {}
    for name, terms in fields.items():
        weight = WEIGHTS[name]
        exact = [(position, EXACT_PREFIX + token) for position, token in terms.exact]
        for position, token in chain(terms.folded, exact, terms.stems, terms.grams):
            positions = lexemes.setdefault(token, [])
            entry = f"{min(position, MAX_POSITION)}{weight}"
            if len(positions) < MAX_POSITIONS and (not positions or positions[-1] != entry):
                positions.append(entry)
    return " ".join(f"{_lexeme(token)}:{','.join(positions)}" for token, positions in lexemes.items())


def _words_query(alternative: Alternative, weights: str = "") -> str:
    """The words of an alternative as a tsquery (any form of a word; a phrase in order)."""
    if len(alternative.terms) > 1:
        return "(" + " <-> ".join(_lexeme(word, weights) for word in alternative.words) + ")"
    return "(" + " | ".join(_lexeme(form, weights) for form in alternative.terms[0].forms) + ")"


def _exact_query(clause: Clause, *, phrase: bool = False) -> str:
    """The clause's words as typed (all of them; in order when ``phrase``)."""
    complete = len(clause.exact_forms) == len(clause.typed.terms)
    joiner = " <-> " if phrase and complete else " & "
    return "(" + joiner.join(_lexeme(EXACT_PREFIX + form) for form in clause.exact_forms) + ")"


def _grams_query(alternative: Alternative, operator: str, weights: str = "") -> str:
    return "(" + f" {operator} ".join(_lexeme(gram, weights) for gram in alternative.grams) + ")"


class Statement:
    """SQL text and its parameters, built together."""

    def __init__(self):
        self.text = ""
        self.params: list = []

    def tsquery(self, text: str) -> str:
        self.params.append(text)
        return "%s::tsquery"

    def match(self, clause: Clause, *, loose: bool) -> str:
        """A boolean SQL expression: the row has the clause (enough grams of a long CJK run)."""
        simple, counted = [], []
        for alternative in clause.alternatives:
            if not alternative.cjk:
                simple.append(_words_query(alternative))
            elif alternative.required_grams(loose=loose) == len(alternative.grams):
                simple.append(_grams_query(alternative, "&"))
            else:
                counted.append(alternative)
        parts = [f"vector @@ {self.tsquery(' | '.join(simple))}"] if simple else []
        for alternative in counted:
            present = " + ".join(f"(vector @@ {self.tsquery(_lexeme(gram))})::int" for gram in alternative.grams)
            parts.append(f"({present}) >= {alternative.required_grams(loose=loose)}")
        for alternative in clause.alternatives:
            if alternative.by_characters:  # every character, and a pair unless loose (虾养殖: 虾, 养殖)
                characters = " & ".join(_lexeme(char) for char in alternative.cjk)
                if not loose:
                    characters += " & " + _grams_query(alternative, "|")
                parts.append(f"vector @@ {self.tsquery(characters)}")
        return "(" + " OR ".join(parts) + ")"

    def exact(self, clause: Clause) -> str:
        return f"(vector @@ {self.tsquery(_exact_query(clause))})"

    def rank(self, clause: Clause) -> str:
        """``ts_rank`` of the clause: the words as typed when typed with diacritics (then the folded ones
        count less), a CJK string by all of its grams (some of them count less), synonyms a little lower."""
        pieces = []

        def add(query: str, factor: float) -> None:
            pieces.append(f"{factor} * ts_rank('{RANK_WEIGHTS}', vector, {self.tsquery(query)}, {RANK_NORMALISATION})")

        if clause.exact_forms:
            add(_exact_query(clause, phrase=True), 1.0)
        for synonym in (False, True):
            base = SYNONYM_FACTOR if synonym else 1.0
            alternatives = [alternative for alternative in clause.alternatives if alternative.synonym == synonym]
            words = [_words_query(alternative) for alternative in alternatives if not alternative.cjk]
            if words:
                add(" | ".join(words), base * (FOLDED_WHEN_EXACT if clause.exact_forms and not synonym else 1.0))
            runs = [alternative for alternative in alternatives if alternative.cjk]
            if runs:
                add(" | ".join(_grams_query(alternative, "&") for alternative in runs), base)
                add(" | ".join(_grams_query(alternative, "|") for alternative in runs), base * PARTIAL_GRAMS)
        return "(" + " + ".join(pieces) + ")"


def _any_query(plan: QueryPlan) -> str:
    """Every word, phrase and gram of the required clauses: a row without any of them cannot match."""
    parts = []
    for clause in plan.required_clauses:
        for alternative in clause.alternatives:
            parts.append(_grams_query(alternative, "|") if alternative.cjk else _words_query(alternative))
            if alternative.by_characters:
                parts += [_lexeme(char) for char in alternative.cjk]
    return " | ".join(parts)


def _all_query(plan: QueryPlan) -> str | None:
    """Every required clause at once (a strict pass that needs them all), or None when a clause cannot
    be written so (a long CJK run needs only some of its grams)."""
    clauses = []
    for clause in plan.required_clauses:
        options = []
        for alternative in clause.alternatives:
            if alternative.cjk:
                if alternative.required_grams(loose=False) < len(alternative.grams):
                    return None
                options.append(_grams_query(alternative, "&"))
            else:
                options.append(_words_query(alternative))
        clauses.append("(" + " | ".join(options) + ")")
    return " & ".join(clauses)


def _float(number: float) -> str:
    """A number for the tier: ``float8`` (a bare ``100000.0`` is ``numeric``, slower to add and sort)."""
    return f"{number:.4f}::float8"


def _order(params: SearchParams, plan: QueryPlan, *, score: str = "score") -> str:
    if params.sort == "capital_desc":
        return "capital_usd DESC NULLS LAST, page_id ASC"
    if params.sort == "capital_asc":
        return "capital_usd ASC NULLS LAST, page_id ASC"
    if params.sort == "newest" or plan.empty:
        return "published_at DESC NULLS LAST, page_id DESC"
    return f"{score} DESC, published_at DESC NULLS LAST, page_id ASC"


def _rows(params: SearchParams) -> Statement:
    """The narrow rows (``SearchEntryVector``) that pass the filters (``filtered_entries``), as a
    subquery; a sector or place by the row's ``facet_codes`` (the entry's facet values, ancestors
    included, as its ``SearchEntryTerm`` rows: no look-up per row)."""
    rows = Statement()
    others = replace(params, sector="", location="")
    columns = ("entry_id", "page_id", "type", "status", "published_at", "capital_usd", "facet_codes", "vector")
    query = filtered_entries(others, rows=SearchEntryVector.objects).values(*columns)
    codes = [f" {kind}={value} " for kind, value in (("sector", params.sector), ("place", params.location)) if value]
    if codes:
        query = query.alias(padded=Concat(Value(" "), "facet_codes", Value(" "), output_field=TextField()))
        for code in codes:
            query = query.filter(padded__contains=code)
    text, values = query.query.sql_with_params()
    rows.text, rows.params = text, list(values)
    return rows


def _statement(params: SearchParams, plan: QueryPlan, *, loose: bool) -> Statement:
    """The SQL of one pass (see the module docstring)."""
    sql = Statement()
    rows = _rows(params)
    sql.params += rows.params
    ranked = params.sort == "relevance" and not plan.empty
    ranking = Statement()  # the ts_rank part: its parameters follow those of the match in the text
    if plan.empty:
        columns, matched_strict, matched_loose, tier, rank = "", "0", "0", "0", "0"
        required_count = 0
        condition = "TRUE"
    else:
        everything = None if loose or plan.strict < len(plan.required_clauses) else _all_query(plan)
        columns_sql = []
        tier_parts, rank_parts = [], []
        strict_parts, loose_parts = [], []
        for number, (clause, needed) in enumerate(zip(plan.clauses, plan.required_mask, strict=True)):
            weight = plan.coordination(number)
            if everything and needed:  # the rows' condition (``everything``) has every required clause
                tier_parts.append(_float(weight))
            else:
                columns_sql.append(f"{sql.match(clause, loose=False)} AS m{number}")
                tier_parts.append(f"m{number}::int * {_float(weight)}")
            relaxes = loose and any(alternative.relaxes for alternative in clause.alternatives)
            if relaxes:
                columns_sql.append(f"{sql.match(clause, loose=True)} AS l{number}")
                tier_parts.append(f"l{number}::int * {_float(weight / 2)}")
            if clause.exact_forms:
                columns_sql.append(f"{sql.exact(clause)} AS x{number}")
                tier_parts.append(f"x{number}::int * {_float(EXACT_WEIGHT)}")
            if needed:
                strict_parts.append("1" if everything else f"m{number}::int")
                if loose and plan.loose_exact and clause.exact_forms:
                    loose_parts.append(f"x{number}::int")
                else:
                    loose_parts.append(f"l{number}::int" if relaxes else f"m{number}::int")
            if ranked:
                rank_parts.append(f"{RANK_SCALE * plan.rarity(number):.4f} * {ranking.rank(clause)}")
        if ranked:
            boosts = []
            if len(plan.phrase) > 1:
                title_phrase = " <-> ".join(_lexeme(word, "A") for word in plan.phrase)
                boosts.append(f"(vector @@ {sql.tsquery(title_phrase)})::int * {_float(TITLE_PHRASE_BOOST)}")
                summary_phrase = " <-> ".join(_lexeme(word, "AB") for word in plan.phrase)
                boosts.append(f"(vector @@ {sql.tsquery(summary_phrase)})::int * {_float(SUMMARY_PHRASE_BOOST)}")
            if plan.cjk_text:
                grams = [gram for run in plan.cjk_text.split() for gram in cjk_query_grams(run)]
                title_grams = " & ".join(_lexeme(gram, "A") for gram in grams)
                boosts.append(f"(vector @@ {sql.tsquery(title_grams)})::int * {_float(TITLE_PHRASE_BOOST)}")
            columns_sql.append(f"({' + '.join(boosts) or '0'}) AS boost")
            tier_parts.append("boost")
        condition = f"vector @@ {sql.tsquery(everything or _any_query(plan))}"
        sql.params += ranking.params
        columns = "".join(f", {column}" for column in columns_sql)
        matched_strict = " + ".join(strict_parts)
        matched_loose = " + ".join(loose_parts)
        tier = " + ".join(tier_parts)
        rank = " + ".join(rank_parts) or "0"
        required_count = plan.loose if loose else plan.strict
    vectors_table = SearchEntryVector._meta.db_table
    if ranked:
        # ts_rank for the best RANK_WINDOW rows by tier (newest first within one), read by id: the page
        # comes from them, in the order of their full score
        window = max(RANK_WINDOW, params.offset + params.page_size)
        order = _order(params, plan)
        hits_from = f"""(
            SELECT top.id, top.page_id, top.published_at, top.tier + ({rank}) AS score
            FROM (SELECT id, page_id, published_at, tier FROM final ORDER BY {_order(params, plan, score="tier")}
                  LIMIT {window}) top
            JOIN {vectors_table} v ON v.entry_id = top.id
        ) scored"""  # noqa: S608 (names of ours and numbers; the words are parameters)
    else:
        order = _order(params, plan, score="tier")
        hits_from = "final"
    # Only names of ours and numbers are formatted in; every typed word is a parameter.
    sql.text = f"""
        WITH base AS ({rows.text}),
        cand AS (
            SELECT entry_id AS id, page_id, type, status, published_at, capital_usd, facet_codes{columns}
            FROM base WHERE {condition}
        ),
        final AS (
            SELECT id, page_id, type, status, published_at, capital_usd, facet_codes, ({tier}) AS tier
            FROM cand WHERE ({matched_loose if loose else matched_strict}) >= {required_count}
        ),
        hits AS (
            SELECT id, row_number() OVER (ORDER BY {order}) AS position FROM {hits_from}
            ORDER BY {order} LIMIT %s OFFSET %s
        ),
        combos AS (
            SELECT type, status, facet_codes, count(*) AS n FROM final GROUP BY type, status, facet_codes
        )
        SELECT
            (SELECT coalesce(sum(n), 0)::bigint FROM combos),
            (SELECT coalesce(json_agg(id ORDER BY position), '[]'::json) FROM hits),
            (SELECT coalesce(json_agg(json_build_array(type, n)), '[]'::json) FROM (
                SELECT type, sum(n)::bigint AS n FROM combos WHERE type <> ''
                GROUP BY type ORDER BY n DESC, type LIMIT {FACET_SIZE}
            ) facet),
            (SELECT coalesce(json_agg(json_build_array(status, n)), '[]'::json) FROM (
                SELECT status, sum(n)::bigint AS n FROM combos WHERE status <> ''
                GROUP BY status ORDER BY n DESC, status LIMIT {FACET_SIZE}
            ) facet),
            (SELECT coalesce(json_agg(json_build_array(code, n)), '[]'::json) FROM (
                SELECT code, sum(n)::bigint AS n FROM combos, unnest(string_to_array(facet_codes, ' ')) AS code
                WHERE code <> '' GROUP BY code
            ) facet)
    """  # noqa: S608
    sql.params += [params.page_size, params.offset]
    return sql


def _decode(value):
    return json.loads(value) if isinstance(value, str) else value


def _facet_codes(counted: list) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """``[["sector=C", 12], ["place=7", 3], ...]`` as the sector and place facets (most first, then by
    value; ``FACET_SIZE`` of each)."""
    by_kind: dict[str, list[tuple[str, int]]] = {"sector": [], "place": []}
    for code, count in counted:
        kind, _sep, value = code.partition("=")
        if kind in by_kind and value:
            by_kind[kind].append((value, count))
    sectors, places = (sorted(pairs, key=lambda pair: (-pair[1], pair[0]))[:FACET_SIZE] for pairs in by_kind.values())
    return sectors, places


def _run(params: SearchParams, plan: QueryPlan, *, loose: bool) -> tuple[int, list[int], dict]:
    statement = _statement(params, plan, loose=loose)
    with connection.cursor() as cursor:
        cursor.execute(statement.text, statement.params)
        count, ids, types, statuses, codes = cursor.fetchone()
    sectors, places = _facet_codes(_decode(codes))
    facets = {
        "type": facet_list("type", [tuple(pair) for pair in _decode(types)], params.lang),
        "status": facet_list("status", [tuple(pair) for pair in _decode(statuses)], params.lang),
        "sector": facet_list("sector", sectors, params.lang),
        "location": facet_list("location", places, params.lang),
    }
    return count, _decode(ids), {name: facets[name] for name in FACETS}


def postgres_search(params: SearchParams, plan: QueryPlan) -> SearchResult:
    count, ids, facets = _run(params, plan, loose=False)
    if plan.wants_loose(count):
        loose = _run(params, plan, loose=True)
        if loose[0] > count and plan.loose_accepted(loose[0]):
            count, ids, facets = loose
    return search_result(params, count=count, results=results_for(ids, plan), facets=facets)
