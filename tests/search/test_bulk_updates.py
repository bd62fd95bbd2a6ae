"""No wasted background work: a bulk operation (``load_demo``) queues no search task per published page (the
rebuild at its end indexes them), a load that fails midway still indexes what it published, and changes to a
page while its task waits in the queue queue no second task (the task reads the page when it runs).

Tasks are counted as django-tasks announces them (``task_enqueued``); the index is the real Elasticsearch
(a scratch index per test) and the pending updates are the real rows on PostgreSQL."""

from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.test import override_settings
from django_tasks.signals import task_enqueued
from django_tasks_db.models import DBTaskResult

from cms.demo.loader import set_translations
from demo.management.commands import load_demo
from search.models import PendingIndexUpdate
from search.tasks import sync_page

from .conftest import make_project
from .test_updates import es_ids

pytestmark = pytest.mark.django_db
DB_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def enqueued():
    """The page ids of the search tasks queued during the test, in order."""
    pages: list[int] = []

    def note(sender, task_result, **kwargs):
        if task_result.task.name == sync_page.name:
            pages.append(task_result.kwargs["page_id"])

    task_enqueued.connect(note, dispatch_uid="test-bulk-updates", weak=False)
    yield pages
    task_enqueued.disconnect(dispatch_uid="test-bulk-updates")


def publish_again(page, title: str) -> None:
    set_translations(page, "title", {"vi": title})
    page.save_revision().publish()


def demo_loaders(monkeypatch, *loaders) -> None:
    monkeypatch.setattr(load_demo, "DEMO_LOADERS", list(loaders))


def test_load_demo_queues_no_task_per_page_and_its_rebuild_indexes_them(
    scratch_index, monkeypatch, enqueued, django_capture_on_commit_callbacks
):
    pages = []

    def loader():
        for number in range(3):
            page = make_project(title={"vi": f"Bến thủy nội địa số {number}"})
            publish_again(page, f"Bến thủy nội địa Cao Lãnh số {number}")  # the demo publishes pages twice too
            pages.append(page)
        return SimpleNamespace(created=[page.title for page in pages])

    demo_loaders(monkeypatch, loader)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
    assert enqueued == []
    assert sorted(es_ids("ben thuy noi dia cao lanh")) == sorted(page.pk for page in pages)
    assert not PendingIndexUpdate.objects.exists()


def test_a_load_that_fails_midway_still_indexes_what_it_published(
    scratch_index, monkeypatch, enqueued, django_capture_on_commit_callbacks
):
    published = []

    def publishing():
        page = make_project(title={"vi": "Cụm công nghiệp thử Tân Hồng"})
        publish_again(page, "Cụm công nghiệp Tân Hồng mở rộng")
        published.append(page)
        return SimpleNamespace(created=["one project"])

    def failing():
        raise RuntimeError("a loader failed")

    demo_loaders(monkeypatch, publishing, failing)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError, match="a loader failed"):
        call_command("load_demo", verbosity=0)
    (page,) = published
    # one task per changed page on the way out (the factories published the listing too), none per publish
    assert enqueued.count(page.pk) == 1
    assert len(enqueued) == len(set(enqueued))
    assert es_ids("cum cong nghiep tan hong mo rong") == [page.pk]
    assert not PendingIndexUpdate.objects.filter(page_id=page.pk).exists()


def test_load_demo_without_index_queues_one_task_per_changed_page(
    scratch_index, monkeypatch, enqueued, django_capture_on_commit_callbacks
):
    pages = []

    def loader():
        for number in range(2):
            page = make_project(title={"vi": f"Vùng nguyên liệu sen Tháp Mười {number}"})
            publish_again(page, f"Vùng nguyên liệu sen Tháp Mười lần hai {number}")
            pages.append(page)
        return SimpleNamespace(created=["two projects"])

    demo_loaders(monkeypatch, loader)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", "--no-index", verbosity=0)
    assert {page.pk for page in pages} <= set(enqueued)
    assert len(enqueued) == len(set(enqueued))  # each page published twice, one task each
    assert sorted(es_ids("sen thap muoi lan hai")) == sorted(page.pk for page in pages)


def test_publishes_while_a_task_waits_share_it_and_it_indexes_the_latest(
    scratch_index, enqueued, django_capture_on_commit_callbacks
):
    with override_settings(TASKS=DB_BACKEND):  # the tasks wait in the queue: no worker runs them here
        with django_capture_on_commit_callbacks(execute=True):
            page = make_project(title={"vi": "Kho lạnh Sa Đéc"})
        assert enqueued.count(page.pk) == 1  # (the factories published the listing too)
        enqueued.clear()
        for title in ("Kho lạnh Sa Đéc mở rộng", "Kho lạnh Sa Đéc giai đoạn hai"):
            with django_capture_on_commit_callbacks(execute=True):
                publish_again(page, title)
        assert enqueued == []  # the first task still waits: it will read the latest revision
        queued = DBTaskResult.objects.filter(task_path=sync_page.module_path, status="READY")
        assert [row.args_kwargs["kwargs"]["page_id"] for row in queued].count(page.pk) == 1

        assert sync_page.call(page_id=page.pk) == "written"  # what the worker runs
        assert es_ids("kho lanh giai doan hai") == [page.pk]
        assert not PendingIndexUpdate.objects.filter(page_id=page.pk).exists()

        with django_capture_on_commit_callbacks(execute=True):
            publish_again(page, "Kho lạnh Sa Đéc giai đoạn ba")
        assert enqueued == [page.pk]  # the task ran: the next change queues a new one
