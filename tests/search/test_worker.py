"""The real task worker (``manage.py db_worker``, a subprocess on the same PostgreSQL test
database) applies page changes to the index, and retries an update Elasticsearch missed."""

import os
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections
from django.test import override_settings
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from search.models import PendingIndexUpdate, SearchEntry

from .conftest import ROOT, delete_indices, es_backend, es_url, make_project, search_backends, settings_module_env

pytestmark = [
    pytest.mark.usefixtures("demo"),
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="the worker subprocess needs a database it can share (PostgreSQL)",
    ),
    pytest.mark.django_db,
]
DB_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def worker_database_url() -> str:
    params = connection.settings_dict
    return f"postgres://{params['USER']}:{params['PASSWORD']}@{params['HOST']}:{params['PORT']}/{params['NAME']}"


def run_worker(**env) -> subprocess.CompletedProcess:
    command = [sys.executable, "manage.py", "db_worker", "--batch", "--interval", "0.2", "--max-tasks", "20"]
    return subprocess.run(
        command,
        cwd=ROOT,
        env=settings_module_env(DATABASE_URL=worker_database_url(), PORTAL_TASKS_BACKEND="database", **env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def in_own_connection(function):
    """Run ``function`` in a thread: its own database connection, outside the test's transaction,
    so that its writes are committed and the worker subprocess sees them."""

    def run():
        try:
            return function()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(run).result(timeout=300)


@pytest.fixture
def committed():
    """Committed writes (the worker must see them), removed again afterwards."""

    created: list[int] = []
    with override_settings(TASKS=DB_BACKEND):
        before = in_own_connection(lambda: set(DBTaskResult.objects.values_list("id", flat=True)))
        yield created

        def cleanup():

            for page in Page.objects.filter(pk__in=created):
                page.delete()
            SearchEntry.objects.filter(page_id__in=created).delete()
            PendingIndexUpdate.objects.filter(page_id__in=created).delete()
            DBTaskResult.objects.exclude(id__in=before).delete()

        in_own_connection(cleanup)


def test_worker_applies_publish_and_unpublish(committed):

    def publish():
        page = make_project(title={"vi": "Nhà máy gạch không nung Hồng Ngự", "en": "Hong Ngu unfired brick plant"})
        committed.append(page.pk)
        return page

    with override_settings(PORTAL_SEARCH_BACKENDS=search_backends(ELASTICSEARCH_URL="")):
        page = in_own_connection(publish)
        assert DBTaskResult.objects.filter(task_path="search.tasks.sync_page", status="READY").exists()
        assert not SearchEntry.objects.filter(page_id=page.pk).exists()  # nothing until the worker runs
        worker = run_worker(ELASTICSEARCH_URL="")
        assert worker.returncode == 0, worker.stderr[-2000:]
        assert SearchEntry.objects.filter(page_id=page.pk).count() == 5
        in_own_connection(page.unpublish)
        assert run_worker(ELASTICSEARCH_URL="").returncode == 0
        assert not SearchEntry.objects.filter(page_id=page.pk).exists()


def test_worker_retries_after_elasticsearch_comes_back(committed):
    if not es_url():
        pytest.skip("needs the real Elasticsearch that scripts/test.sh starts")

    prefix = f"test-retry-{uuid.uuid4().hex[:6]}"
    env = {"PORTAL_SEARCH_INDEX_PREFIX": prefix, "PORTAL_SEARCH_RETRY_BASE_SECONDS": "1"}
    with override_settings(
        PORTAL_SEARCH_BACKENDS=search_backends(ELASTICSEARCH_URL=es_url(), PORTAL_SEARCH_INDEX_PREFIX=prefix)
    ):
        elasticsearch = es_backend(prefix)
        elasticsearch.rebuild([])
        try:
            page = in_own_connection(lambda: make_project(title={"vi": "Trung tâm ươm tạo khởi nghiệp Mỹ Tho"}))
            committed.append(page.pk)
            # Elasticsearch unreachable: the task fails, the change is kept, a retry is scheduled.
            down = run_worker(ELASTICSEARCH_URL="http://127.0.0.1:9", **env)
            assert down.returncode == 0, down.stderr[-2000:]
            pending = PendingIndexUpdate.objects.get(page_id=page.pk)
            assert pending.attempts == 1 and pending.last_error
            assert DBTaskResult.objects.filter(task_path="search.tasks.sync_page", status="FAILED").exists()
            retry = DBTaskResult.objects.get(task_path="search.tasks.sync_page", status="READY")
            assert retry.run_after is not None and retry.args_kwargs["kwargs"]["attempt"] == 2
            time.sleep(max(0.0, (retry.run_after - retry.enqueued_at).total_seconds()) + 0.2)
            # Elasticsearch is back: the retry delivers the change.
            up = run_worker(ELASTICSEARCH_URL=es_url(), **env)
            assert up.returncode == 0, up.stderr[-2000:]
            assert not PendingIndexUpdate.objects.filter(page_id=page.pk).exists()
            doc = elasticsearch.client.get(index=elasticsearch.alias_name("vi"), id=str(page.pk))
            assert doc["_source"]["title"] == "Trung tâm ươm tạo khởi nghiệp Mỹ Tho"
        finally:
            delete_indices(prefix)
