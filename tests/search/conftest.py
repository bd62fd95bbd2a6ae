"""Search fixtures: unique index names per test session (parallel runs never clash), the session
index built once from the demo (the contract tests ask for the demo), scratch indices for tests that
write, and helpers to create pages (below the demo's project listing, or one the factories build).

Tests choose the search backend the way a deployment does: ``PORTAL_SEARCH_BACKENDS`` as
``portal/settings/base.py`` builds it from the environment (``search_backends(ELASTICSEARCH_URL=...)``),
set with ``override_settings`` or the ``settings`` fixture; ``get_search_backend()`` follows.
"""

import importlib.util
import os
import uuid
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation

from cms.demo.loader import set_translations
from investment.models import Agency, ProjectIndexPage, ProjectPage
from search import health, services
from search.backends.base import load_backend
from tests.factories.investment import AgencyFactory, listing

ROOT = Path(__file__).resolve().parents[2]
SESSION_PREFIX = f"test-{uuid.uuid4().hex[:8]}"
DEAD_URL = "http://127.0.0.1:9"  # a closed loopback port: connections are refused at once


def es_url() -> str:
    return os.environ.get("ELASTICSEARCH_URL", "")


needs_es = pytest.mark.skipif(not es_url(), reason="needs the real Elasticsearch that scripts/test.sh starts")


def search_backends(**env: str) -> dict:
    """``PORTAL_SEARCH_BACKENDS`` as the settings build it from these environment variables (over
    the real environment), with this session's index names and no pause after a failure (tests
    switch Elasticsearch off and on). ``search_backends(ELASTICSEARCH_URL="")``: the database alone."""
    env = {"PORTAL_SEARCH_INDEX_PREFIX": SESSION_PREFIX, "PORTAL_SEARCH_RETRY_AFTER": "0", **env}
    spec = importlib.util.spec_from_file_location("portal.settings.from_env", ROOT / "portal" / "settings" / "base.py")
    module = importlib.util.module_from_spec(spec)
    with mock.patch.dict(os.environ, env):
        spec.loader.exec_module(module)
    return module.PORTAL_SEARCH_BACKENDS


def primary_only(backends: dict) -> dict:
    """The same setting without the fallback wrapper: its primary (Elasticsearch) alone."""
    return {"default": backends["default"]["PRIMARY"]}


@pytest.fixture(scope="session", autouse=True)
def search_settings():
    """The environment's backend with our index names."""
    with override_settings(PORTAL_SEARCH_BACKENDS=search_backends()):
        yield


@pytest.fixture(autouse=True)
def _reset_search_health():

    health.reset()
    yield
    health.reset()


def es_backend(prefix: str = SESSION_PREFIX, url: str | None = None):
    """The Elasticsearch backend alone (the fallback wrapper's primary), for tests that look inside the index."""

    backends = search_backends(ELASTICSEARCH_URL=url or es_url(), PORTAL_SEARCH_INDEX_PREFIX=prefix)
    return load_backend(backends["default"]["PRIMARY"], alias="tests")


def delete_indices(prefix: str) -> None:
    es_backend(prefix).drop()


@pytest.fixture(scope="session")
def es_index(demo, django_db_setup, django_db_blocker):
    """The demo, indexed once per session in Elasticsearch (and the database table)."""
    if not es_url():
        pytest.skip("needs the real Elasticsearch that scripts/test.sh starts")

    backends = search_backends(ELASTICSEARCH_URL=es_url())
    with override_settings(PORTAL_SEARCH_BACKENDS=backends), django_db_blocker.unblock():
        services.index_rebuild()
    yield SESSION_PREFIX
    delete_indices(SESSION_PREFIX)


@pytest.fixture(scope="session")
def db_index(demo, django_db_setup, django_db_blocker):
    """The demo in the database table (what the fallback searches)."""

    with override_settings(PORTAL_SEARCH_BACKENDS=search_backends(ELASTICSEARCH_URL="")), django_db_blocker.unblock():
        services.index_rebuild()


# Every implementation of the contract, and the backend name its answers carry.
BACKENDS = {
    "elasticsearch": "elasticsearch",  # ElasticsearchBackend alone
    "fallback": "elasticsearch",  # FallbackSearchBackend: Elasticsearch, the database behind it
    "database": "database",  # DatabaseSearchBackend alone (no ELASTICSEARCH_URL)
    "fallback-dead-primary": "database",  # FallbackSearchBackend whose Elasticsearch refuses connections
}


@pytest.fixture(params=list(BACKENDS))
def backend(request, demo, db):
    """Runs a test against every backend: the shared contract. Yields the name the answers carry.
    (``demo`` is asked for here, not only through the indices below, so that it is loaded before the
    test's transaction opens and the test runs with the other demo tests.)"""
    if request.param in {"elasticsearch", "fallback"}:
        request.getfixturevalue("es_index")
        backends = search_backends(ELASTICSEARCH_URL=es_url())
        if request.param == "elasticsearch":
            backends = primary_only(backends)
    else:
        request.getfixturevalue("db_index")
        url = DEAD_URL if request.param == "fallback-dead-primary" else ""
        backends = search_backends(ELASTICSEARCH_URL=url)
    with override_settings(PORTAL_SEARCH_BACKENDS=backends):
        yield BACKENDS[request.param]


@pytest.fixture
def scratch_index(db):
    """Empty indices under a prefix of this test's own: for tests that write to Elasticsearch
    (their database changes are rolled back, so their documents must go too)."""
    if not es_url():
        pytest.skip("needs the real Elasticsearch that scripts/test.sh starts")
    prefix = f"{SESSION_PREFIX}-w{uuid.uuid4().hex[:6]}"
    with override_settings(
        PORTAL_SEARCH_BACKENDS=search_backends(ELASTICSEARCH_URL=es_url(), PORTAL_SEARCH_INDEX_PREFIX=prefix)
    ):
        es_backend(prefix).rebuild([])
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


__all__ = ["ROOT", "api", "es_backend", "es_url", "ids", "make_project", "needs_es", "search_backends", "settings"]
