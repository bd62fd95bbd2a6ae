"""What every search backend answers: the public contract of ``GET /api/search/``."""

from dataclasses import dataclass, field

from ..text import excerpt_html, merge_spans

FACETS = ("type", "sector", "location", "status")
BACKEND_NAMES = ("elasticsearch", "database")
RESULT_FIELDS = ("type", "id", "title", "url", "summary", "highlight", "sector", "location", "capital_usd", "status")


@dataclass
class SearchResult:
    count: int
    page: int
    page_size: int
    backend: str  # "elasticsearch" | "database"
    results: list[dict] = field(default_factory=list)
    facets: dict[str, list[dict]] = field(default_factory=lambda: {name: [] for name in FACETS})
    fallback: bool = False  # Elasticsearch is configured but did not answer: the database did
    took_ms: float | None = None  # Elasticsearch's own ``took``

    def as_json(self) -> dict:
        return {
            "count": self.count,
            "page": self.page,
            "page_size": self.page_size,
            "backend": self.backend,
            "results": self.results,
            "facets": self.facets,
        }

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.count // self.page_size))


class BackendUnavailable(Exception):
    """The backend could not answer (unreachable, timed out, or refused the request)."""


def result_item(doc: dict, highlight: str | None) -> dict:
    capital = doc.get("capital_usd")
    return {
        "type": doc["type"],
        "id": doc["page_id"],
        "title": doc["title"],
        "url": doc.get("url") or "",
        "summary": doc.get("summary") or "",
        "highlight": highlight,
        "sector": ", ".join(doc.get("sector_labels") or []) or None,
        "location": doc.get("location_label") or None,
        "capital_usd": round(capital) if capital is not None else None,
        "status": doc.get("status") or None,
    }


def best_highlight(doc: dict, spans: dict[str, list[tuple[int, int]]]) -> str | None:
    """An excerpt with ``<mark>``s from the summary, else the body, else the title."""
    for name in ("summary", "body", "title"):
        text = doc.get(name) or ""
        found = merge_spans(spans.get(name, []))
        if text and found:
            return excerpt_html(text, found)
    return None
