"""The page-cache generation with a shared store (a real Redis, as in production): read without a database
round trip, a bump seen at once, and never put back to an older value by a reader."""

import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms import page_cache, page_cache_local
from cms.i18n import page_url_in
from cms.models import PageCacheGeneration, PageCacheVersion
from investment.models import ProjectPage
from portal.settings.env import cache_config

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server (system-packages.sh redis)"),
]


@pytest.fixture(scope="module")
def redis_url():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def shared_store(settings, redis_url, django_capture_on_commit_callbacks):
    settings.CACHES = cache_config(redis_url)
    settings.PORTAL_PAGE_CACHE_GENERATION_MEMO_SECONDS = 0
    settings.PORTAL_PAGE_CACHE_LOCAL_COPIES = 0  # the shared store's own path; the last tests turn them on

    caches["pages"].clear()
    page_cache.forget_generation_memo()
    page_cache_local.local_copies.forget()  # a store cleared by hand: each process forgets its copies too
    yield caches["pages"]
    caches["pages"].clear()
    page_cache_local.local_copies.forget()


def test_the_generation_is_read_from_the_shared_store_without_the_database(shared_store):
    first = page_cache.current_generation()  # the row, copied into the shared store
    with CaptureQueriesContext(connection) as context:
        assert page_cache.current_generation() == first
    assert len(context.captured_queries) == 0


def test_a_bump_is_seen_at_once_and_a_late_reader_cannot_put_the_old_value_back(
    shared_store, django_capture_on_commit_callbacks
):
    before = page_cache.current_generation()
    with django_capture_on_commit_callbacks(execute=True):
        page_cache.bump_generation()
    after = PageCacheGeneration.objects.get(pk=1).generation
    assert after != before and page_cache.current_generation() == after
    shared_store.add(page_cache.GENERATION_KEY, before, None)  # a reader that read the row before the bump
    assert page_cache.current_generation() == after


def test_per_page_versions_are_read_from_the_shared_store_and_a_bump_is_seen_at_once(
    shared_store, django_capture_on_commit_callbacks
):
    keys = [page_cache.shown_key(1), page_cache.output_key(1), page_cache.GENERATION_KEY]
    before, complete = page_cache.read_versions(keys)  # the rows, copied into the shared store
    assert complete  # the shared counter (absent: read from its row too) agrees with the rows
    with CaptureQueriesContext(connection) as context:
        again, complete = page_cache.read_versions(keys)
    assert again == before and complete and len(context.captured_queries) == 0
    with django_capture_on_commit_callbacks(execute=True):
        page_cache.cool_shown([1])
    after, complete = page_cache.read_versions(keys)
    assert complete and after[page_cache.shown_key(1)] == before[page_cache.shown_key(1)] + 1
    assert after[page_cache.output_key(1)] == before[page_cache.output_key(1)]  # nothing else moved
    assert PageCacheVersion.objects.get(key=page_cache.shown_key(1)).version == after[page_cache.shown_key(1)]


def _counting_round_trips(store, monkeypatch) -> list[str]:
    round_trips = []

    def counted(method):
        def call(*args, **kwargs):
            round_trips.append(method.__name__)
            return method(*args, **kwargs)

        return call

    monkeypatch.setattr(store, "get", counted(store.get))
    monkeypatch.setattr(store, "get_many", counted(store.get_many))
    return round_trips


@pytest.mark.usefixtures("demo")
def test_a_hit_reads_its_copy_and_versions_in_one_round_trip_and_still_sees_a_publish(
    shared_store, settings, client, monkeypatch, django_capture_on_commit_callbacks
):
    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    page = ProjectPage.objects.live().filter(title_en__gt="").first()
    url = page_url_in(page, "en")
    assert client.get(url)["X-Page-Cache"] == "miss"
    round_trips = _counting_round_trips(shared_store, monkeypatch)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response["X-Page-Cache"] == "hit"
    assert round_trips == ["get_many"] and len(context.captured_queries) == 0  # the copy and its versions at once
    page.title_en = "Lotus processing plant, terms revised"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"  # the versions read with the copy show the publish
    assert "Lotus processing plant, terms revised" in response.content.decode()


def _bumped_elsewhere(store, key: str) -> None:
    """What another app server's bump writes to the shared store (``page_cache._bump``): the ``changes`` counter
    and the versions moved, in one pipeline (its rows are not touched: this process must see it from Redis)."""
    keys = [page_cache.CHANGES_KEY, key]
    current = page_cache.read_versions(keys, fresh=True)[0]
    store.set_many({page_cache.VERSION_PREFIX + name: current[name] + 1 for name in keys}, 600)


def _counting_keys(store, monkeypatch) -> list[int]:
    """How many keys each ``get_many`` of the page cache asks for."""
    sizes = []
    get_many = store.get_many

    def counted(keys, *args, **kwargs):
        sizes.append(len(keys))
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(store, "get_many", counted)
    return sizes


@pytest.mark.usefixtures("demo")
def test_a_copy_another_server_stored_is_one_short_read_and_a_bump_elsewhere_is_still_seen(
    shared_store, settings, client, monkeypatch
):
    """The copy's stamp (``changes`` and the generation read before its versions) comes back with it in one
    ``MGET`` of three keys: while Redis holds the same values, no version can have moved, so the copy's twenty-odd
    versions are not read, even by a process that never met the copy. A bump anywhere moves ``changes`` with the
    versions, and the copy is checked against its versions again."""
    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    page = ProjectPage.objects.live().filter(title_en__gt="").first()
    url = page_url_in(page, "en")
    assert client.get(url)["X-Page-Cache"] == "miss"
    page_cache._entry_keys.clear()  # this process now knows the copy no better than another server does
    sizes = _counting_keys(shared_store, monkeypatch)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url)["X-Page-Cache"] == "hit"
    assert sizes == [3] and len(context.captured_queries) == 0

    # A bump elsewhere that does not concern this page: its versions are read once, then it is stamped anew.
    _bumped_elsewhere(shared_store, page_cache.shown_key(10**9))
    sizes.clear()
    assert client.get(url)["X-Page-Cache"] == "hit"
    assert len(sizes) == 2 and sizes[0] == 3 and sizes[1] > 3  # the copy and stamp, then its versions
    sizes.clear()
    page_cache._entry_keys.clear()
    assert client.get(url)["X-Page-Cache"] == "hit" and sizes == [3]  # the new stamp: one short read again

    # A bump elsewhere that concerns this page: the stamp no longer matches and its versions show the change.
    _bumped_elsewhere(shared_store, page_cache.output_key(page.pk))
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"


@pytest.mark.usefixtures("demo")
def test_a_copy_is_never_served_after_the_generation_moved_even_with_the_same_changes_counter(
    shared_store, settings, client
):
    """The generation is written after the pipeline of ``changes`` and the versions; should that pipeline be lost
    and the generation land, the stamp still differs."""
    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    page = ProjectPage.objects.live().filter(title_en__gt="").first()
    url = page_url_in(page, "en")
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    shared_store.set(page_cache.GENERATION_KEY, page_cache.current_generation() + 1, None)
    assert client.get(url)["X-Page-Cache"] == "miss"


def _wait_for_the_listener(store) -> None:
    """Until this process is subscribed to the bump channel (Redis counts it), then until its confirmation is read.
    Asked again meanwhile, as each request does: after a lost subscription, a new one waits for a short backoff."""
    redis = store.client.get_client(write=True)
    channel = store.make_key(page_cache_local.CHANNEL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and dict(redis.pubsub_numsub(channel)).get(channel.encode(), 0) < 1:
        page_cache.listen_for_copies()
        time.sleep(0.02)
    time.sleep(0.1)


@pytest.fixture
def local_copies(demo, shared_store, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    settings.PORTAL_PAGE_CACHE_LOCAL_COPIES = 50
    return shared_store


def test_a_page_served_lately_costs_no_round_trip_until_another_server_announces_a_bump(
    local_copies, client, monkeypatch
):
    page = ProjectPage.objects.live().filter(title_en__gt="").first()
    url = page_url_in(page, "en")
    assert client.get(url)["X-Page-Cache"] == "miss"  # starts this process's listener
    _wait_for_the_listener(local_copies)
    assert client.get(url)["X-Page-Cache"] == "hit"  # read from Redis, kept in memory
    round_trips = _counting_round_trips(local_copies, monkeypatch)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response["X-Page-Cache"] == "hit" and round_trips == [] and len(context.captured_queries) == 0
    # Another app server publishes the page: it writes the new versions to Redis, then announces the bump.
    redis = local_copies.client.get_client(write=True)
    _bumped_elsewhere(local_copies, page_cache.shown_key(page.pk))
    assert redis.publish(local_copies.make_key(page_cache_local.CHANNEL), b"bump") >= 1
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"  # at once: the copy in memory was not used
    assert round_trips[:1] == ["get_many"]


def test_a_publish_here_forgets_the_pages_kept_in_memory_at_once(
    local_copies, client, monkeypatch, django_capture_on_commit_callbacks
):
    page = ProjectPage.objects.live().filter(title_en__gt="").first()
    url = page_url_in(page, "en")
    assert client.get(url)["X-Page-Cache"] == "miss"
    _wait_for_the_listener(local_copies)
    assert client.get(url)["X-Page-Cache"] == "hit"
    round_trips = _counting_round_trips(local_copies, monkeypatch)
    assert client.get(url)["X-Page-Cache"] == "hit" and round_trips == []
    page.title_en = "Lotus processing plant, kept in memory no longer"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Lotus processing plant, kept in memory no longer" in response.content.decode()


def test_without_the_bump_channel_nothing_is_served_from_memory(local_copies, client, monkeypatch):
    page = ProjectPage.objects.live().filter(title_en__gt="").first()
    url = page_url_in(page, "en")
    assert client.get(url)["X-Page-Cache"] == "miss"
    _wait_for_the_listener(local_copies)
    assert client.get(url)["X-Page-Cache"] == "hit"
    redis = local_copies.client.get_client(write=True)
    redis.client_kill_filter(_type="pubsub")  # the subscription lost (Redis restarted, a network cut)
    round_trips = _counting_round_trips(local_copies, monkeypatch)
    assert client.get(url)["X-Page-Cache"] == "hit"
    assert round_trips == ["get_many"]  # from Redis again, as without copies in memory


def _announce_stored_elsewhere(store, key: str) -> None:
    """What another app server's process announces once it has put the copy ``key`` in the shared store."""
    redis = store.client.get_client(write=True)
    message = page_cache_local.STORED + b"another-server:4242 " + key.encode()
    assert redis.publish(store.make_key(page_cache_local.CHANNEL), message) >= 1


def _until_kept(key: str) -> bool:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not page_cache_local.local_copies.holds(key):
        time.sleep(0.02)
    return page_cache_local.local_copies.holds(key)


def test_a_copy_another_process_stored_is_fetched_into_memory_before_its_first_reader_here(
    local_copies, client, monkeypatch
):
    page = ProjectPage.objects.live().filter(title_en__gt="").first()
    url = page_url_in(page, "en")
    assert client.get(url)["X-Page-Cache"] == "miss"  # stored (and announced: this process does not fetch it back)
    _wait_for_the_listener(local_copies)
    key = page_cache.copy_key("testserver", url)
    page_cache_local.local_copies.forget()  # as a process that has not served it
    assert not page_cache_local.local_copies.holds(key)
    _announce_stored_elsewhere(local_copies, key)
    assert _until_kept(key)
    round_trips = _counting_round_trips(local_copies, monkeypatch)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response["X-Page-Cache"] == "hit" and round_trips == [] and len(context.captured_queries) == 0


def test_an_announced_copy_that_a_publish_made_stale_is_not_fetched_into_memory(
    local_copies, client, monkeypatch, django_capture_on_commit_callbacks
):
    first, second = ProjectPage.objects.live().filter(title_en__gt="")[:2]
    urls = [page_url_in(first, "en"), page_url_in(second, "en")]
    keys = [page_cache.copy_key("testserver", url) for url in urls]
    assert client.get(urls[0])["X-Page-Cache"] == "miss"
    _wait_for_the_listener(local_copies)
    first.title_en = "Lotus processing plant, announced too late"
    with django_capture_on_commit_callbacks(execute=True):
        first.save_revision().publish()  # the first page's copy stays in Redis, stamped before the publish
    assert client.get(urls[1])["X-Page-Cache"] == "miss"  # stored after it
    page_cache_local.local_copies.forget()
    _announce_stored_elsewhere(local_copies, keys[0])  # e.g. announced by a server that served it just before
    _announce_stored_elsewhere(local_copies, keys[1])
    assert _until_kept(keys[1])  # both announcements taken, in order
    assert not page_cache_local.local_copies.holds(keys[0])
    round_trips = _counting_round_trips(local_copies, monkeypatch)
    response = client.get(urls[0])
    assert response["X-Page-Cache"] == "miss" and round_trips[:1] == ["get_many"]
    assert "Lotus processing plant, announced too late" in response.content.decode()
