"""The relevance set (search/relevance/) stays above its floors: on the database backend in every run
(PostgreSQL in `make test`, SQLite in its smoke part), on Elasticsearch when the suite has one.
`make relevance` prints the same numbers per language and kind."""

import pytest
from django.db import connection
from wagtail.models import Page

from search.backends.base import load_backend
from search.relevance import floors_check, load_floors, load_queries, relevance_evaluate

from .conftest import primary_only, search_backends

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db]


def _failures(variant: str, backend_entry: dict) -> tuple[dict, list[str]]:
    backend = load_backend(backend_entry, alias=f"relevance-{variant}")
    numbers = relevance_evaluate(backend=backend, queries=load_queries()).as_json()
    return numbers, floors_check(numbers, load_floors().get(variant, {}))


@pytest.mark.smoke
def test_database_backend_above_its_floors(db_index):
    variant = f"database-{connection.vendor}"
    numbers, failures = _failures(variant, search_backends(ELASTICSEARCH_URL="")["default"])
    assert load_floors().get(variant), f"floors.toml has no floors for {variant}"
    assert not failures, (failures, numbers["overall"])


def test_elasticsearch_above_its_floors(es_index):
    numbers, failures = _failures("elasticsearch", primary_only(search_backends())["default"])
    assert load_floors().get("elasticsearch"), "floors.toml has no floors for elasticsearch"
    assert not failures, (failures, numbers["overall"])


def test_the_set_is_well_formed():

    queries = load_queries()
    assert len(queries) >= 120
    assert {query.lang for query in queries} == {"vi", "en", "ja", "ko", "zh-hans"}
    slugs = set(Page.objects.values_list("slug_vi", flat=True))
    unknown = {slug for query in queries for slug in query.grades if slug not in slugs}
    assert not unknown, f"judged pages missing from the demo: {sorted(unknown)}"
    assert all(0 <= grade <= 3 for query in queries for grade in query.grades.values())
