"""The portal's own relevance set and how it is measured.

``queries.toml`` holds the queries and their graded judgments of the demo pages (named by ``slug_vi``);
``floors.toml`` the lowest scores accepted per backend; ``baseline.json`` the scores measured before the
query understanding of issue 15, for the before/after table. ``evaluate`` runs the set through a search
backend (the interface, not the HTTP API, so nothing is logged as an investor's query) and computes:

* nDCG@5 with graded gains (2^grade − 1) and the ideal order of every judged page;
* P@1: the first result is relevant (grade 2 or 3);
* recall@10: the share of relevant pages (grade ≥ 2) in the first ten, out of at most ten;
* zero results: queries that have answers and found nothing.

A query with no judged page asks for something the portal does not have: it scores 1 (nDCG and P@1)
when nothing is found and 0 otherwise, and takes no part in recall or the zero-result rate.

Used by ``manage.py search_relevance`` (``make relevance``) and ``tests/search/test_relevance.py``.
"""

from .evaluate import (
    BASELINE_PATH,
    FLOORS_PATH,
    QUERIES_PATH,
    JudgedQuery,
    QueryOutcome,
    RelevanceReport,
    floors_check,
    load_floors,
    load_queries,
    relevance_evaluate,
)

__all__ = [
    "BASELINE_PATH",
    "FLOORS_PATH",
    "QUERIES_PATH",
    "JudgedQuery",
    "QueryOutcome",
    "RelevanceReport",
    "floors_check",
    "load_floors",
    "load_queries",
    "relevance_evaluate",
]
