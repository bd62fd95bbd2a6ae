"""Running the relevance set through a backend, and the metrics (see the package docstring)."""

import math
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from cms.i18n import SOURCE_LANGUAGE

from ..backends.base import BaseSearchBackend
from ..params import SearchParams

HERE = Path(__file__).resolve().parent
QUERIES_PATH = HERE / "queries.toml"
FLOORS_PATH = HERE / "floors.toml"
BASELINE_PATH = HERE / "baseline.json"
CUTOFF = 5  # nDCG@5
DEPTH = 10  # results fetched: recall@10
RELEVANT = 2  # the lowest grade counted as relevant by P@1 and recall@10
METRICS = ("ndcg5", "p1", "recall10", "zero")


@dataclass(frozen=True)
class JudgedQuery:
    lang: str
    q: str
    kind: str
    grades: dict[str, int]  # slug_vi → 0..3

    @property
    def absent(self) -> bool:
        """Asks for something the portal does not have."""
        return not any(self.grades.values())


@dataclass
class QueryOutcome:
    query: JudgedQuery
    found: list[str]  # slug_vi of the first DEPTH results
    count: int
    ndcg5: float
    p1: float
    recall10: float | None  # None for an absent query

    @property
    def zero(self) -> float | None:
        """1 when a query that has answers found nothing (None for an absent query)."""
        return None if self.query.absent else float(self.count == 0)


def load_queries(path: Path = QUERIES_PATH) -> list[JudgedQuery]:
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    return [
        JudgedQuery(lang=item["lang"], q=item["q"], kind=item["kind"], grades=dict(item.get("rel", {})))
        for item in data["query"]
    ]


def load_floors(path: Path = FLOORS_PATH) -> dict:
    with open(path, "rb") as handle:
        return tomllib.load(handle)


def _gain(grade: int) -> float:
    return 2.0**grade - 1


def dcg(grades: list[int]) -> float:
    return sum(_gain(grade) / math.log2(rank + 2) for rank, grade in enumerate(grades))


def score(query: JudgedQuery, found: list[str], count: int) -> QueryOutcome:
    if query.absent:
        nothing = float(count == 0)
        return QueryOutcome(query, found, count, ndcg5=nothing, p1=nothing, recall10=None)
    grades = [query.grades.get(slug, 0) for slug in found]
    ideal = sorted(query.grades.values(), reverse=True)
    ndcg5 = dcg(grades[:CUTOFF]) / dcg(ideal[:CUTOFF])
    p1 = float(bool(grades) and grades[0] >= RELEVANT)
    relevant = sum(1 for grade in query.grades.values() if grade >= RELEVANT)
    hits = sum(1 for grade in grades[:DEPTH] if grade >= RELEVANT)
    recall10 = hits / min(DEPTH, relevant) if relevant else 1.0
    return QueryOutcome(query, found, count, ndcg5=ndcg5, p1=p1, recall10=recall10)


def _mean(values: list[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return sum(present) / len(present) if present else None


@dataclass
class RelevanceReport:
    outcomes: list[QueryOutcome] = field(default_factory=list)

    def summary(self, outcomes: list[QueryOutcome] | None = None) -> dict:
        outcomes = self.outcomes if outcomes is None else outcomes
        return {
            "queries": len(outcomes),
            **{metric: _mean([getattr(outcome, metric) for outcome in outcomes]) for metric in METRICS},
        }

    def by(self, attribute: str) -> dict[str, dict]:
        groups: dict[str, list[QueryOutcome]] = defaultdict(list)
        for outcome in self.outcomes:
            groups[getattr(outcome.query, attribute)].append(outcome)
        return {key: self.summary(items) for key, items in groups.items()}

    def as_json(self) -> dict:
        return {"overall": self.summary(), "languages": self.by("lang"), "kinds": self.by("kind")}

    def worst(self, limit: int = 10) -> list[QueryOutcome]:
        return sorted(self.outcomes, key=lambda outcome: outcome.ndcg5)[:limit]


def _slugs(page_ids: set[int]) -> dict[int, str]:
    field_name = build_localized_fieldname("slug", SOURCE_LANGUAGE)
    return dict(Page.objects.filter(pk__in=page_ids).values_list("pk", field_name))


def relevance_evaluate(*, backend: BaseSearchBackend, queries: list[JudgedQuery]) -> RelevanceReport:
    """Every query through ``backend.search`` (first page, ``DEPTH`` results), scored."""
    answers = []
    for query in queries:
        result = backend.search(SearchParams(q=query.q, lang=query.lang, page_size=DEPTH))
        answers.append((query, [item["id"] for item in result.results], result.count))
    slugs = _slugs({page_id for _query, ids, _count in answers for page_id in ids})
    report = RelevanceReport()
    for query, ids, count in answers:
        report.outcomes.append(score(query, [slugs.get(page_id, f"#{page_id}") for page_id in ids], count))
    return report


def floors_check(summary: dict, floors: dict) -> list[str]:
    """The metrics of ``summary`` (a report's ``as_json()``) below ``floors`` (``{"overall": {metric:
    value}, "languages": {lang: {metric: value}}}``; "zero" is a ceiling), as messages."""
    failures = []

    def compare(scope: str, got: dict, wanted: dict) -> None:
        for metric, limit in wanted.items():
            value = got.get(metric)
            if value is None:
                continue
            if metric == "zero" and value > limit:
                failures.append(f"{scope} {metric} {value:.3f} > ceiling {limit:.3f}")
            elif metric != "zero" and value < limit:
                failures.append(f"{scope} {metric} {value:.3f} < floor {limit:.3f}")

    compare("overall", summary["overall"], floors.get("overall", {}))
    for lang, wanted in floors.get("languages", {}).items():
        if lang in summary["languages"]:
            compare(lang, summary["languages"][lang], wanted)
    return failures
