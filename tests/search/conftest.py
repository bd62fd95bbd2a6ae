"""Search fixtures: unique index names per test session (parallel runs never clash), the session
index built once from the demo (the contract tests ask for the demo), scratch indices for tests that
write, and helpers to create pages (below the demo's project listing, or one the factories build)."""

import os
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
SESSION_PREFIX = f"test-{uuid.uuid4().hex[:8]}"


def es_url() -> str:
    return os.environ.get("ELASTICSEARCH_URL", "")


needs_es = pytest.mark.skipif(not es_url(), reason="needs the real Elasticsearch that scripts/test.sh starts")


@pytest.fixture(scope="session", autouse=True)
def search_settings():
    """Our index names, and no pause after a failure (tests switch Elasticsearch off and on)."""
    with override_settings(PORTAL_SEARCH_INDEX_PREFIX=SESSION_PREFIX, PORTAL_SEARCH_RETRY_AFTER=0):
        yield


@pytest.fixture(autouse=True)
def _reset_search_health():
    from search import health

    health.reset()
    yield
    health.reset()


def delete_indices(prefix: str) -> None:
    from search.backends.elastic import get_client

    client = get_client(timeout=30)
    client.indices.delete(index=f"{prefix}-*", ignore_unavailable=True, allow_no_indices=True)


@pytest.fixture(scope="session")
def es_index(demo, django_db_setup, django_db_blocker):
    """The demo, indexed once per session in Elasticsearch (and the database table)."""
    if not es_url():
        pytest.skip("needs the real Elasticsearch that scripts/test.sh starts")
    from search import services

    with override_settings(ELASTICSEARCH_URL=es_url()), django_db_blocker.unblock():
        services.index_rebuild()
    yield SESSION_PREFIX
    with override_settings(ELASTICSEARCH_URL=es_url()):
        delete_indices(SESSION_PREFIX)


@pytest.fixture(scope="session")
def db_index(demo, django_db_setup, django_db_blocker):
    """The demo in the database table (what the fallback searches)."""
    from search import services

    with override_settings(ELASTICSEARCH_URL=""), django_db_blocker.unblock():
        services.index_rebuild()


@pytest.fixture(params=["elasticsearch", "database"])
def backend(request, db):
    """Runs a test against both backends: the shared contract."""
    if request.param == "elasticsearch":
        request.getfixturevalue("es_index")
        with override_settings(ELASTICSEARCH_URL=es_url()):
            yield request.param
    else:
        request.getfixturevalue("db_index")
        with override_settings(ELASTICSEARCH_URL=""):
            yield request.param


@pytest.fixture
def scratch_index(db):
    """Empty indices under a prefix of this test's own: for tests that write to Elasticsearch
    (their database changes are rolled back, so their documents must go too)."""
    if not es_url():
        pytest.skip("needs the real Elasticsearch that scripts/test.sh starts")
    from search.backends import elastic

    prefix = f"{SESSION_PREFIX}-w{uuid.uuid4().hex[:6]}"
    with override_settings(ELASTICSEARCH_URL=es_url(), PORTAL_SEARCH_INDEX_PREFIX=prefix):
        elastic.rebuild([])
        yield prefix
        delete_indices(prefix)


def api(client, path="/api/search/", **params):
    response = client.get(path, params)
    assert response.status_code == 200, response.content[:500]
    return response.json()


def ids(body) -> list[int]:
    return [item["id"] for item in body["results"]]


def make_project(*, title: dict, summary: dict | None = None, publish: bool = True, **fields):
    """A published project below the project listing (the demo's, or one the factories build), titles per
    language; the languages not given stay empty (they fall back)."""
    from cms.demo.loader import set_translations
    from investment.models import Agency, ProjectIndexPage, ProjectPage
    from tests.factories.investment import AgencyFactory, listing

    parent = listing(ProjectIndexPage)
    agency = fields.pop("agency", None) or Agency.objects.first() or AgencyFactory()
    page = ProjectPage(agency=agency, **fields)
    set_translations(page, "title", title)
    set_translations(page, "slug", {code: f"t-{uuid.uuid4().hex[:10]}" for code in title})
    set_translations(page, "summary", summary or title)
    with translation.override("vi"):
        parent.add_child(instance=page)
        if publish:
            page.save_revision().publish()
    return page


def settings_module_env(**extra) -> dict:
    env = dict(os.environ)
    env.update({"DJANGO_SETTINGS_MODULE": "portal.settings.test", "PYTHONPATH": str(ROOT)})
    env.update(extra)
    return env


__all__ = ["ROOT", "api", "es_url", "ids", "make_project", "needs_es", "settings"]
