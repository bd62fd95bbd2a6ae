"""The database search on any database (SQLite for ``make run``): the plan (``search.query``) on the
space-padded token columns of ``SearchEntry`` with ``LIKE '% word %'``, so a word only matches a whole
word. Same tiers as everywhere (matched clauses, exact clauses, relevance), with a simple relevance: a
clause in the title counts four times one elsewhere, a phrase of the query in the title adds more. A few
queries per search (count, page, facets, and the clause counts when a loose pass is considered): fine
for the demo's size; PostgreSQL has its own single-statement path (``database_postgres``)."""

from django.db.models import Case, F, FloatField, IntegerField, Q, Value, When
from django.db.models.lookups import GreaterThanOrEqual

from ..analysis import EXACT_PREFIX
from ..params import SearchParams
from ..query import (
    EXACT_WEIGHT,
    SYNONYM_FACTOR,
    Alternative,
    Clause,
    QueryPlan,
)
from ..text import cjk_query_grams
from .base import SearchResult
from .database_filters import facets_of, filtered_entries, plain_order, results_for, search_result

TITLE_PHRASE_BOOST = 50.0
SUMMARY_PHRASE_BOOST = 15.0
RELEVANCE_SCALE = 10.0
PARTIAL = 0.3  # part of a CJK string (some grams, or its characters)


def _padded(*words: str) -> str:
    return f" {' '.join(words)} "


def _one(condition) -> Case:
    return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())


def _alternative(
    alternative: Alternative, *, loose: bool, column: str = "words", cjk_column: str = "cjk", characters: bool = True
):
    """A condition: the row has this alternative in ``column`` (words) or ``cjk_column`` (grams; by its
    characters too, unless ``characters`` is off)."""
    if alternative.cjk:
        grams = alternative.grams
        present = sum((_one(Q(**{f"{cjk_column}__contains": _padded(gram)})) for gram in grams), Value(0))
        enough = GreaterThanOrEqual(present, alternative.required_grams(loose=loose))
        if characters and alternative.by_characters:  # every character, and a pair unless loose (虾养殖: 虾, 养殖)
            characters = Q()
            for char in alternative.cjk:
                characters &= Q(**{f"{cjk_column}__contains": _padded(char)})
            if not loose:
                characters &= GreaterThanOrEqual(present, 1)
            return Q(enough) | characters
        return enough
    if len(alternative.terms) > 1:
        return Q(**{f"{column}__contains": _padded(*alternative.words)})
    term = alternative.terms[0]
    condition = Q(**{f"{column}__contains": _padded(term.folded)})
    for correction in term.corrections:
        condition |= Q(**{f"{column}__contains": _padded(correction)})
    if term.stem and column == "words":
        condition |= Q(stems__contains=_padded(term.stem))
    return condition


def _clause(clause: Clause, *, loose: bool) -> Case:
    """1 when the row has any alternative of the clause."""
    return Case(
        *[When(_alternative(alternative, loose=loose), then=Value(1)) for alternative in clause.alternatives],
        default=Value(0),
        output_field=IntegerField(),
    )


def _relevance(clause: Clause):
    """4 for the clause in the title, 2 in the summary or sectors, 1 elsewhere, 0.3 for part of it (some
    grams of a CJK string); a synonym a little less. Typed with diacritics, up to 4 more for the words as
    typed (in the lead, or 2 elsewhere)."""
    tiers = (
        (4.0, {"column": "title_words", "cjk_column": "title_cjk", "characters": False}, False),
        (2.0, {"column": "lead_words", "cjk_column": "lead_words", "characters": False}, False),
        (1.0, {"characters": False}, False),
        (PARTIAL, {}, True),
    )
    whens = []
    for points, columns, loose in tiers:
        for alternative in clause.alternatives:
            factor = SYNONYM_FACTOR if alternative.synonym else 1.0
            whens.append(When(_alternative(alternative, loose=loose, **columns), then=Value(points * factor)))
    relevance = Case(*whens, default=Value(0.0), output_field=FloatField())
    if not clause.exact_forms:
        return relevance
    in_lead = Q()
    for form in clause.exact_forms:
        in_lead &= Q(lead_words__contains=_padded(EXACT_PREFIX + form))
    exact = Case(
        When(in_lead, then=Value(4.0)),
        When(_exact_condition(clause), then=Value(2.0)),
        default=Value(0.0),
        output_field=FloatField(),
    )
    return relevance + exact


def _exact_condition(clause: Clause) -> Q:
    condition = Q()
    for form in clause.exact_forms:
        condition &= Q(exact_words__contains=_padded(form))
    return condition


def _exact(clause: Clause) -> Case:
    return _one(_exact_condition(clause))


def portable_search(params: SearchParams, plan: QueryPlan) -> SearchResult:
    entries = filtered_entries(params)
    if plan.empty:
        count = entries.count()
        rows = entries.order_by(*plain_order(params)).values_list("id", flat=True)
        ids = list(rows[params.offset : params.offset + params.page_size])
        return search_result(params, count=count, results=results_for(ids, plan), facets=facets_of(entries, params))
    required = plan.required_clauses
    strict_matched = sum((_clause(clause, loose=False) for clause in required), Value(0))
    matching = entries.alias(matched=strict_matched).filter(matched__gte=plan.strict)
    count = matching.count()
    loose = False
    if plan.wants_loose(count):
        loose_matched = sum(
            (
                _exact(clause) if plan.loose_exact and clause.exact_forms else _clause(clause, loose=True)
                for clause in required
            ),
            Value(0),
        )
        loose_matching = entries.alias(matched=loose_matched).filter(matched__gte=plan.loose)
        loose_count = loose_matching.count()
        if loose_count > count and plan.loose_accepted(loose_count):
            matching, count, loose = loose_matching, loose_count, True
    if params.sort != "relevance":
        order = plain_order(params)
    else:
        score = Value(0.0)
        for number, clause in enumerate(plan.clauses):
            weight = plan.coordination(number)
            score = score + _clause(clause, loose=False) * Value(weight)
            if loose and any(alternative.relaxes for alternative in clause.alternatives):
                score = score + _clause(clause, loose=True) * Value(weight / 2)
            if clause.exact_forms:
                score = score + _exact(clause) * Value(EXACT_WEIGHT)
            score = score + _relevance(clause) * Value(RELEVANCE_SCALE * plan.rarity(number))
        if len(plan.phrase) > 1:
            score = score + _one(Q(title_words__contains=_padded(*plan.phrase))) * Value(TITLE_PHRASE_BOOST)
            score = score + _one(Q(words__contains=_padded(*plan.phrase))) * Value(SUMMARY_PHRASE_BOOST)
        if plan.cjk_text:
            grams = [gram for run in plan.cjk_text.split() for gram in cjk_query_grams(run)]
            title_has_all = Q()
            for gram in grams:
                title_has_all &= Q(title_cjk__contains=_padded(gram))
            score = score + _one(title_has_all) * Value(TITLE_PHRASE_BOOST)
        matching = matching.alias(score=score)
        order = [F("score").desc(), F("published_at").desc(nulls_last=True), "page_id"]
    ids = list(matching.order_by(*order).values_list("id", flat=True)[params.offset : params.offset + params.page_size])
    return search_result(params, count=count, results=results_for(ids, plan), facets=facets_of(matching, params))
