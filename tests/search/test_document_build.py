"""Building every page's documents (``search_index --rebuild`` and ``--reconcile``) costs queries per
batch of pages, not per page: the reference data once, the relations that ``search_facts`` reads
prefetched for each batch, and no view-restriction query for pages taken from ``searchable_pages()``."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.i18n import LANGUAGE_CODES
from search.services import all_documents
from tests.factories.investment import (
    IncentiveFactory,
    OpportunityPageFactory,
    ProjectPageFactory,
    SectorFactory,
    ZonePageFactory,
)

pytestmark = pytest.mark.django_db


def _queries_to_build() -> tuple[int, list[dict]]:
    with CaptureQueriesContext(connection) as queries:
        documents = list(all_documents())
    return len(queries), documents


def _add_pages(count: int) -> None:
    sector = SectorFactory()
    incentive = IncentiveFactory()
    for _number in range(count):
        ProjectPageFactory(sectors=[sector], incentives=[incentive])
        OpportunityPageFactory(sectors=[sector])
        ZonePageFactory()


def test_rebuild_queries_do_not_grow_with_the_pages():
    _add_pages(2)
    _queries_to_build()  # caches filled once (the site's root paths)
    few, documents = _queries_to_build()
    catalogue = len([doc for doc in documents if doc["type"] != "page"])
    project = next(doc for doc in documents if doc["type"] == "project" and doc["language"] == "vi")
    assert project["sector_codes"] and project["agency"]  # the prefetched relations are in the documents

    _add_pages(4)
    many, documents = _queries_to_build()
    assert len([doc for doc in documents if doc["type"] != "page"]) == catalogue + 12 * len(LANGUAGE_CODES)
    assert many == few, f"{few} queries for {catalogue // len(LANGUAGE_CODES)} catalogue pages, {many} for 12 more"
