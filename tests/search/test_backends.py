"""The backend interface: chosen by the setting alone (a subclass that swaps the client class is
enough), Elasticsearch with one node down, the circuit breaker, and the write half of the contract
(write, delete, bulk index, rebuild, versions) on every implementation."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test import override_settings

from search import health
from search.backends import BackendUnavailable, InvalidSearchBackendError, get_search_backend
from search.backends.elastic import ElasticsearchBackend
from search.documents import document_version, page_documents, searchable_pages
from search.models import SearchEntry, SearchEntryVector
from search.params import SearchParams
from search.text import fold

from .conftest import DEAD_URL, SESSION_PREFIX, api, es_url, ids, needs_es, primary_only, search_backends

pytestmark = pytest.mark.django_db

DATABASE = "search.backends.database.DatabaseSearchBackend"
FALLBACK = "search.backends.fallback.FallbackSearchBackend"


class RecordingClient(ElasticsearchBackend.client_class):
    """The real client class, noting every request it sends (before the transport tries a node)."""

    requests: list[tuple[str, str]] = []

    def perform_request(self, method, path, *args, **kwargs):
        RecordingClient.requests.append((method, path))
        return super().perform_request(method, path, *args, **kwargs)


class RecordingBackend(ElasticsearchBackend):
    """What an OpenSearch backend looks like from the setting's side: only the client class differs."""

    client_class = RecordingClient


RECORDING_BACKEND = f"{RecordingBackend.__module__}.RecordingBackend"


def unique_documents(page_id: int, word: str) -> list[dict]:
    """A real page's documents under another page id, with a word no other page has in its title."""
    documents = page_documents(searchable_pages().first())
    for doc in documents:
        doc["page_id"] = page_id
        doc["title"] = f"{word} {doc['title']}"
        doc["title_folded"] = fold(doc["title"])
        doc["version"] = document_version(doc)
    return documents


def found(backend, q: str, lang: str = "vi") -> list[int]:
    return ids({"results": backend.search(SearchParams(q=q, lang=lang, page_size=50)).results})


# --- choosing the backend ---------------------------------------------------------------------------


@needs_es
def test_a_subclass_that_swaps_the_client_class_is_chosen_by_the_setting_alone(client, es_index, settings):
    RecordingClient.requests.clear()
    settings.PORTAL_SEARCH_BACKENDS = search_backends(
        ELASTICSEARCH_URL=es_url(), PORTAL_SEARCH_ENGINE=RECORDING_BACKEND
    )
    body = api(client, q="xoai", lang="vi")
    assert body["backend"] == "elasticsearch" and body["count"] >= 3
    assert api(client, "/api/search/suggest/", q="xoai", lang="vi")["suggestions"]
    assert type(get_search_backend().primary) is RecordingBackend
    searches = [path for method, path in RecordingClient.requests if path == f"/{SESSION_PREFIX}-vi/_search"]
    assert len(searches) == 2  # the search and the suggestion went through the recording client
    assert health.fallback_counts() == {"search": 0, "suggest": 0}


@needs_es
@pytest.mark.parametrize(
    ("q", "found"),
    [
        ("eco-tourism resort among lotus fields", True),  # every word known, together in no page: the loose pass
        ("semiconductor factory", False),  # a word the portal never uses: the loose pass, refused
    ],
)
def test_a_query_whose_counts_foretell_the_loose_pass_sends_both_passes_in_one_request(
    client, es_index, settings, q, found
):
    settings.PORTAL_SEARCH_BACKENDS = search_backends(
        ELASTICSEARCH_URL=es_url(), PORTAL_SEARCH_ENGINE=RECORDING_BACKEND
    )
    api(client, q=q, lang="en")  # counts the words' pages (kept a few seconds)
    RecordingClient.requests.clear()
    body = api(client, q=q, lang="en")
    assert body["backend"] == "elasticsearch"
    assert bool(body["count"]) is found and len(body["results"]) == min(body["count"], 10)
    assert RecordingClient.requests == [("POST", "/_msearch")]  # the strict and the loose pass, side by side
    RecordingClient.requests.clear()
    assert api(client, q="lotus", lang="en")["count"] >= 3  # enough for the strict pass alone: one search
    assert RecordingClient.requests == [("POST", f"/{SESSION_PREFIX}-en/_search")]


@needs_es
def test_with_the_first_node_down_elasticsearch_still_answers(client, es_index, settings, caplog):
    """``ELASTICSEARCH_URL`` lists a closed loopback port first, then the real node (with credentials,
    which the test server ignores): every search is answered by Elasticsearch, none by the fallback."""
    live = es_url().replace("://", "://portal:secret@", 1)
    settings.PORTAL_SEARCH_BACKENDS = search_backends(ELASTICSEARCH_URL=f"{DEAD_URL},{live}")
    assert get_search_backend().primary.max_retries == 1
    for q in ("xoai", "mango", "dong thap", "lotus", "ハス"):
        body = api(client, q=q, lang="en")
        assert body["backend"] == "elasticsearch", q
    assert api(client, "/api/search/suggest/", q="xoai", lang="vi")["suggestions"]
    assert f"({DEAD_URL})" in caplog.text  # "Node <Urllib3HttpNode(http://127.0.0.1:9)> has failed": tried, skipped
    assert health.fallback_counts() == {"search": 0, "suggest": 0}
    assert client.get("/readyz").json()["search"]["serving"] == "elasticsearch"


@pytest.mark.smoke
def test_elasticsearch_url_builds_the_setting_and_none_means_the_database_alone(settings):
    several = "https://portal:s3cret@es1.internal:9200, https://portal:s3cret@es2.internal:9243"
    default = search_backends(ELASTICSEARCH_URL=several)["default"]
    assert default["BACKEND"] == FALLBACK
    assert default["PRIMARY"]["URLS"] == [
        "https://portal:s3cret@es1.internal:9200",
        "https://portal:s3cret@es2.internal:9243",
    ]
    assert default["PRIMARY"]["MAX_RETRIES"] == 1
    settings.PORTAL_SEARCH_BACKENDS = {"default": default}
    backend = get_search_backend()  # builds the client; no request is sent
    assert (backend.name, backend.primary.urls, backend.fallback.name) == (
        "elasticsearch",
        default["PRIMARY"]["URLS"],
        "database",
    )
    assert search_backends(ELASTICSEARCH_URL="") == {"default": {"BACKEND": DATABASE}}
    settings.PORTAL_SEARCH_BACKENDS = search_backends(ELASTICSEARCH_URL="")
    assert get_search_backend().name == "database" and get_search_backend().stores() == [get_search_backend()]


@pytest.mark.smoke
def test_the_backend_is_built_once_and_again_when_the_setting_changes(settings):
    settings.PORTAL_SEARCH_BACKENDS = search_backends(ELASTICSEARCH_URL="")
    first = get_search_backend()
    assert get_search_backend() is first
    settings.PORTAL_SEARCH_WINDOW = 4  # other settings leave it alone
    assert get_search_backend() is first
    settings.PORTAL_SEARCH_BACKENDS = search_backends(ELASTICSEARCH_URL=DEAD_URL)
    second = get_search_backend()
    assert second is not first and [store.name for store in second.stores()] == ["database", "elasticsearch"]
    with pytest.raises(InvalidSearchBackendError):
        get_search_backend("nowhere")
    settings.PORTAL_SEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.nowhere.Backend"}}
    with pytest.raises(InvalidSearchBackendError):
        get_search_backend()
    settings.PORTAL_SEARCH_BACKENDS = {"default": {"BACKEND": DATABASE, "URLS": [DEAD_URL]}}
    with pytest.raises(ImproperlyConfigured, match="URLS"):
        get_search_backend()
    settings.PORTAL_SEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends.elastic.ElasticsearchBackend", "URLS": " , "}
    }
    with pytest.raises(ImproperlyConfigured, match="no Elasticsearch node"):
        get_search_backend()
    settings.PORTAL_SEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends.elastic.ElasticsearchBackend", "URLS": "es1"}
    }
    with pytest.raises(ImproperlyConfigured, match="scheme"):
        get_search_backend()


# --- the fallback and its circuit breaker -----------------------------------------------------------


@pytest.mark.smoke
def test_the_fallback_writes_the_database_copy_then_reports_the_primary_down(db_index):
    with override_settings(PORTAL_SEARCH_BACKENDS=search_backends(ELASTICSEARCH_URL=DEAD_URL)):
        backend = get_search_backend()
        documents = unique_documents(990_003, "Plmokn")
        with pytest.raises(BackendUnavailable):
            backend.write(990_003, documents)
        assert SearchEntry.objects.filter(page_id=990_003).count() == len(documents)
        result = backend.search(SearchParams(q="plmokn", lang="vi"))
        assert result.backend == "database" and result.fallback and ids({"results": result.results}) == [990_003]
        assert health.fallback_counts() == {"search": 1, "suggest": 0}
        status = backend.status()
        assert (status["status"], status["backend"], status["serving"]) == ("unavailable", "elasticsearch", "database")
        with pytest.raises(BackendUnavailable):
            backend.delete([990_003])
        assert not SearchEntry.objects.filter(page_id=990_003).exists()


@pytest.mark.smoke
def test_after_a_failure_the_circuit_leaves_the_primary_alone(client, db_index):
    backends = search_backends(
        ELASTICSEARCH_URL=DEAD_URL, PORTAL_SEARCH_ENGINE=RECORDING_BACKEND, PORTAL_SEARCH_RETRY_AFTER="60"
    )
    RecordingClient.requests.clear()
    with override_settings(PORTAL_SEARCH_BACKENDS=backends):
        for _attempt in range(3):
            assert api(client, q="xoai", lang="vi")["backend"] == "database"
        assert api(client, "/api/search/suggest/", q="xoai", lang="vi")["suggestions"]
        assert len(RecordingClient.requests) == 1  # the first search tried Elasticsearch; the rest did not
        assert health.fallback_counts() == {"search": 3, "suggest": 1}
        ready = client.get("/readyz").json()["search"]
        assert ready["fallbacks"] == {"search": 3, "suggest": 1} and "ConnectionError" in ready["last_error"]


# --- the write contract, on every implementation ----------------------------------------------------


@pytest.fixture(params=["database", "elasticsearch", "fallback"])
def writable(request, db):
    """A backend to write to: the database alone (rolled back with the test), Elasticsearch alone or
    the fallback wrapper (both on scratch indices of the test's own)."""
    if request.param == "database":
        backends = search_backends(ELASTICSEARCH_URL="")
    else:
        prefix = request.getfixturevalue("scratch_index")
        backends = search_backends(ELASTICSEARCH_URL=es_url(), PORTAL_SEARCH_INDEX_PREFIX=prefix)
        if request.param == "elasticsearch":
            backends = primary_only(backends)
    with override_settings(PORTAL_SEARCH_BACKENDS=backends):
        yield get_search_backend()


def test_write_delete_bulk_index_and_rebuild(writable):
    backend = writable
    documents = unique_documents(990_001, "Zyxqua")
    versions = {doc["language"]: doc["version"] for doc in documents}
    assert backend.write(990_001, documents) in {"written", "database"}
    assert found(backend, "zyxqua") == [990_001]
    assert found(backend, "zyxqua", "ja") == [990_001]
    assert backend.indexed_versions("ko")[990_001] == versions["ko"]

    assert backend.write(990_001, []) in {"deleted", "database"}
    assert found(backend, "zyxqua") == [] and 990_001 not in backend.indexed_versions("vi")

    assert backend.bulk_index(documents) == len(documents)
    assert found(backend, "zyxqua", "en") == [990_001]
    backend.delete([990_001, 990_999])  # a page that is not there is no error
    assert found(backend, "zyxqua", "en") == []

    others = unique_documents(990_002, "Qwvbnm")
    report = backend.rebuild(documents + others)
    assert report
    assert found(backend, "zyxqua") == [990_001] and found(backend, "qwvbnm") == [990_002]
    assert set(backend.indexed_versions("en")) == {990_001, 990_002}
    assert backend.index_exists()
    backend.rebuild([])
    assert backend.indexed_versions("vi") == {} and found(backend, "zyxqua") == []


def test_the_database_copy_keeps_its_facet_values_and_on_postgresql_its_vector_in_the_row():
    """The sector and place facets of the database search count ``facet_codes`` (PostgreSQL), which
    must say what the ``SearchEntryTerm`` rows say; on PostgreSQL the narrow copy (``SearchEntryVector``)
    says what its entry says, keeps the vector in the row (out of line, every ``@@`` and ``ts_rank``
    fetched it again: issue 15.3) uncompressed up to a page, and goes with its entry."""
    with override_settings(PORTAL_SEARCH_BACKENDS=search_backends(ELASTICSEARCH_URL="")):
        backend = get_search_backend()
        documents = unique_documents(990_003, "Plokmij")
        for doc in documents:
            doc["sector_tree"], doc["place_tree"] = ["C", "10"], [990_101, 990_102]
        backend.write(990_003, documents)
        entry = SearchEntry.objects.get(page_id=990_003, language="vi")
        terms = sorted(f"{term.kind}={term.value}" for term in entry.terms.all())
        assert terms and sorted(entry.facet_codes.split()) == terms
        result = backend.search(SearchParams(q="plokmij", lang="vi"))
        assert result.count == 1
        for facet, kind in (("sector", "sector"), ("location", "place")):
            counted = {item["value"]: item["count"] for item in result.facets[facet]}
            assert counted == {code.partition("=")[2]: 1 for code in terms if code.startswith(f"{kind}=")}
    if connection.vendor == "postgresql":
        copy = SearchEntryVector.objects.get(entry=entry)
        assert (copy.language, copy.page_id, copy.type, copy.facet_codes) == (
            "vi",
            990_003,
            entry.type,
            entry.facet_codes,
        )
        assert "'plokmij':1A" in copy.vector
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT attname, attstorage FROM pg_attribute WHERE attrelid = %s::regclass "
                "AND attname IN ('vector', 'facet_codes')",
                [SearchEntryVector._meta.db_table],
            )
            assert dict(cursor.fetchall()) == {"vector": "m", "facet_codes": "m"}
            table = SearchEntryVector._meta.db_table
            cursor.execute("SELECT reloptions FROM pg_class WHERE oid = %s::regclass", [table])
            assert "toast_tuple_target=8160" in cursor.fetchone()[0]
        backend.delete([990_003])
        assert not SearchEntryVector.objects.filter(page_id=990_003).exists()
    else:
        assert not SearchEntryVector.objects.exists()
