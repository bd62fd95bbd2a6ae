"""Publishing, unpublishing, moving and deleting a page updates the index (through the task),
and an Elasticsearch outage keeps the change and retries it. The pages come from the factories."""

import pytest
from django.core.management import call_command
from django.test import override_settings

from investment.models import ProjectIndexPage, ProjectPage
from search import services
from search.backends import get_search_backend
from search.models import PendingIndexUpdate, SearchEntry
from search.params import SearchParams
from tests.factories.investment import ProjectPageFactory, listing

from .conftest import DEAD_URL, api, ids, make_project, search_backends

pytestmark = pytest.mark.django_db


def es_ids(q: str, lang: str = "vi") -> list[int]:

    elasticsearch = get_search_backend().primary
    return ids({"results": elasticsearch.search(SearchParams(q=q, lang=lang, page_size=50)).results})


@pytest.mark.smoke
def test_publish_and_unpublish_update_the_database_table(client, settings, django_capture_on_commit_callbacks):
    settings.PORTAL_SEARCH_BACKENDS = search_backends(ELASTICSEARCH_URL="")
    with django_capture_on_commit_callbacks(execute=True):
        page = make_project(title={"vi": "Dự án thử nghiệm quýt hồng Lai Vung", "en": "Lai Vung pink tangerine trial"})
    assert SearchEntry.objects.filter(page_id=page.pk).count() == 5
    assert ids(api(client, q="quyt hong", lang="vi")) == [page.pk]
    assert ids(api(client, q="tangerine", lang="en")) == [page.pk]
    assert ids(api(client, q="tangerine", lang="ja")) == [page.pk]  # untranslated: found in the English text
    assert not PendingIndexUpdate.objects.filter(page_id=page.pk).exists()
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert api(client, q="quyt hong", lang="vi")["count"] == 0


def test_publish_unpublish_move_delete_reach_elasticsearch(scratch_index, django_capture_on_commit_callbacks):

    with django_capture_on_commit_callbacks(execute=True):
        page = make_project(title={"vi": "Trạm sấy lúa Thanh Bình", "en": "Thanh Binh rice dryer", "ja": "乾燥施設"})
    assert es_ids("say lua") == [page.pk]
    assert es_ids("乾燥", "ja") == [page.pk]
    assert es_ids("rice dryer", "ko") == [page.pk]
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert es_ids("say lua") == []
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert es_ids("say lua") == [page.pk]

    # moving changes the URL: the index follows

    other = make_project(title={"vi": "Dự án cha tạm"}, publish=True)
    with django_capture_on_commit_callbacks(execute=True):
        ProjectPage.objects.get(pk=page.pk).move(other, pos="last-child")
    elasticsearch = get_search_backend().primary
    url = elasticsearch.client.get(index=elasticsearch.alias_name("vi"), id=str(page.pk))["_source"]["url"]
    assert url.startswith(other.get_url()) and url != other.get_url()

    with django_capture_on_commit_callbacks(execute=True):
        ProjectPage.objects.get(pk=page.pk).delete()
    assert es_ids("say lua") == []
    assert not SearchEntry.objects.filter(page_id=page.pk).exists()
    assert not PendingIndexUpdate.objects.exists()


def test_an_outage_keeps_the_change_and_retry_delivers_it(scratch_index, django_capture_on_commit_callbacks, caplog):

    with django_capture_on_commit_callbacks(execute=True):
        listing(ProjectIndexPage)  # the site and its listing exist (and are indexed) before the outage
    unreachable = search_backends(ELASTICSEARCH_URL=DEAD_URL, PORTAL_SEARCH_INDEX_PREFIX=scratch_index)
    with override_settings(PORTAL_SEARCH_BACKENDS=unreachable), django_capture_on_commit_callbacks(execute=True):
        page = make_project(title={"vi": "Kho lạnh Sa Đéc thử nghiệm"})
    pending = PendingIndexUpdate.objects.get(page_id=page.pk)
    assert pending.attempts == 1 and pending.last_error
    assert "Search update of page" in caplog.text
    # the database copy is already current: the fallback finds it
    assert SearchEntry.objects.filter(page_id=page.pk, language="vi").exists()
    assert es_ids("kho lanh sa dec") == []
    PendingIndexUpdate.objects.filter(pk=pending.pk).update(next_attempt_at=pending.created_at)
    assert services.pending_retry() == {"done": 1, "failed": 0}
    assert es_ids("kho lanh sa dec") == [page.pk]
    assert not PendingIndexUpdate.objects.exists()


def test_reconcile_repairs_drift(scratch_index, capsys):

    ProjectPageFactory.create_batch(3)
    call_command("search_index", "--rebuild")
    elasticsearch = get_search_backend().primary
    client = elasticsearch.client
    vi = elasticsearch.alias_name("vi")
    victim = api_first_id()
    client.delete(index=vi, id=str(victim), refresh=True)  # missing
    client.update(index=vi, id=str(api_first_id(offset=1)), doc={"version": "old"}, refresh=True)  # outdated
    extra = {"page_id": 999999, "language": "vi", "type": "page", "title": "ghost", "version": "x"}
    client.index(index=vi, id="999999", document=extra, refresh=True)  # extra
    SearchEntry.objects.filter(page_id=victim, language="en").delete()  # drift in the database copy
    capsys.readouterr()
    call_command("search_index", "--reconcile")
    out = capsys.readouterr().out
    assert "elasticsearch_missing_or_outdated: 2" in out and "elasticsearch_extra: 1" in out
    assert "database_repaired: 1" in out
    client.indices.refresh(index=f"{scratch_index}-*")  # the repairs are visible to the next scan at once
    call_command("search_index", "--reconcile")
    out = capsys.readouterr().out
    assert "elasticsearch_missing_or_outdated: 0" in out and "elasticsearch_extra: 0" in out


def api_first_id(offset: int = 0) -> int:
    return SearchEntry.objects.filter(language="vi").order_by("page_id").values_list("page_id", flat=True)[offset]
