"""With Elasticsearch slow or stopped, the database answers: same API, "backend": "database",
a notice on the page, counted in /readyz. Uses an Elasticsearch node of its own (the shared one
keeps running), which it freezes and stops mid-run."""

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from django.test import override_settings
from django.utils import timezone

from investment.models import ProjectPage
from search import services
from search.backends import BackendUnavailable, get_search_backend
from search.models import PendingIndexUpdate
from search.params import SearchParams
from search.services import pending_retry

from .conftest import ROOT, api, es_url, make_project, search_backends

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db]
OWN_PORT = int(os.environ.get("SEARCH_TEST_OWN_ES_PORT", "59611"))


def es_script(*args, timeout=200) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(ROOT / "scripts" / "elasticsearch.sh"), *args, str(OWN_PORT)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def own_es():
    if not es_url():
        pytest.skip("needs the Elasticsearch distribution that scripts/test.sh fetches")
    started = time.monotonic()
    result = es_script("start")
    assert result.returncode == 0, result.stderr[-2000:]
    url = next(line.split("=", 1)[1] for line in result.stdout.splitlines() if line.startswith("ELASTICSEARCH_URL="))
    print(f"own Elasticsearch on {url} started in {time.monotonic() - started:.1f} s")
    yield url
    es_script("stop", timeout=60)


def own_pid() -> int:
    cache = Path(os.environ.get("PORTAL_CACHE", Path.home() / ".cache" / "portal"))
    return int((cache / "es-run" / str(OWN_PORT) / "es.pid").read_text().strip())


def wait_until_healthy(seconds: float = 30) -> None:

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if get_search_backend().primary.status()["status"] == "ok":
            return
        time.sleep(0.5)
    raise AssertionError("Elasticsearch did not recover")


@pytest.fixture
def own_index(own_es, db, settings):

    settings.PORTAL_SEARCH_BACKENDS = search_backends(ELASTICSEARCH_URL=own_es, PORTAL_SEARCH_TIMEOUT="1.5")
    services.index_rebuild()
    warm_up()
    return own_es


def warm_up() -> None:
    """The first searches of a fresh node load its caches: not what these tests measure."""

    elasticsearch = get_search_backend().primary
    for language in ("vi", "en"):  # with the long timeout
        elasticsearch.slow_client().search(index=elasticsearch.alias_name(language), query={"match_all": {}}, size=1)
    for _attempt in range(10):
        try:
            for q in ("xoai", "Đồng Tháp", "mango"):
                elasticsearch.search(SearchParams(q=q, lang="vi"))
            return
        except BackendUnavailable:
            time.sleep(0.5)


def test_a_frozen_cluster_times_out_and_the_database_answers(client, own_index, django_capture_on_commit_callbacks):

    assert api(client, q="xoai", lang="vi")["backend"] == "elasticsearch"
    pid = own_pid()
    os.kill(pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        body = api(client, q="xoai", lang="vi")
        assert body["backend"] == "database" and body["count"] >= 3
        assert time.monotonic() - started < 5
        ready = client.get("/readyz").json()
        assert ready["status"] == "ok"  # the portal still serves
        assert ready["search"]["status"] == "unavailable" and ready["search"]["fallbacks"]["search"] >= 1
        page = client.get("/vi/search/", {"q": "xoai"})
        assert page.status_code == 200 and b'data-search-backend="database"' in page.content
        # a change made now is kept for later
        with django_capture_on_commit_callbacks(execute=True):
            created = make_project(title={"vi": "Vườn ươm giống sen Tháp Mười thử nghiệm"})
        assert PendingIndexUpdate.objects.get(page_id=created.pk).attempts == 1
    finally:
        os.kill(pid, signal.SIGCONT)
    wait_until_healthy()
    warm_up()
    for _attempt in range(10):  # a node just thawed may still time out once or twice: the retry retries
        PendingIndexUpdate.objects.filter(page_id=created.pk).update(next_attempt_at=timezone.now())
        if pending_retry()["done"] == 1:
            break
        time.sleep(1)
    assert not PendingIndexUpdate.objects.filter(page_id=created.pk).exists()
    body = api(client, q="vuon uom giong sen", lang="vi")
    assert body["backend"] == "elasticsearch" and body["results"][0]["id"] == created.pk


def test_a_stopped_cluster_falls_back_and_says_so(client, own_index, django_capture_on_commit_callbacks):

    assert api(client, q="Đồng Tháp", lang="vi")["backend"] == "elasticsearch"
    result = es_script("stop", timeout=60)
    assert result.returncode == 0
    # Every route that does not search still answers normally, and publishing still works: the
    # change waits in PendingIndexUpdate for the worker (tests/search/test_worker.py shows the retry).
    project = ProjectPage.objects.live().first()
    for url in (
        "/vi/",
        "/en/projects/",
        project.url,
        "/ja/inquiries/new/",
        "/api/v2/pages/?type=investment.ProjectPage",
    ):
        assert client.get(url).status_code == 200, url
    project.title_vi = "Nhà máy chế biến sen (cập nhật khi Elasticsearch dừng)"
    with django_capture_on_commit_callbacks(execute=True):
        project.save_revision().publish()
    assert client.get(project.url).status_code == 200
    assert PendingIndexUpdate.objects.filter(page_id=project.pk).exists()
    body = api(client, q="Đồng Tháp", lang="vi", type="project", sort="capital_desc")
    assert body["backend"] == "database" and body["count"] > 0
    assert api(client, "/api/search/suggest/", q="xoai", lang="vi")["suggestions"]
    page = client.get("/en/search/", {"q": "mango"})
    assert page.status_code == 200 and b"simplified" in page.content
    ready = client.get("/readyz").json()
    assert ready["search"]["status"] == "unavailable"
    assert ready["search"]["fallbacks"]["search"] >= 2 and ready["search"]["fallbacks"]["suggest"] >= 1


@pytest.mark.smoke
def test_without_elasticsearch_configured_the_database_is_the_backend(client, db_index):
    with override_settings(PORTAL_SEARCH_BACKENDS=search_backends(ELASTICSEARCH_URL="")):
        body = api(client, q="xoai", lang="vi")
        ready = client.get("/readyz").json()
    assert body["backend"] == "database"
    assert ready["search"]["backend"] == "database" and ready["search"]["status"] == "ok"
