"""``search_index --rebuild``: progress bar, atomic alias swap, no failed search during it."""

import threading

import pytest
from django.core.management import call_command
from django.db import connections
from django.test import Client

from search import health

from .conftest import api, es_backend, es_url, search_backends

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db]


def test_rebuild_swaps_aliases_while_searches_keep_succeeding(scratch_index, capsys, settings):

    settings.PORTAL_SEARCH_BACKENDS = search_backends(  # a failure would show as database answers
        ELASTICSEARCH_URL=es_url(), PORTAL_SEARCH_INDEX_PREFIX=scratch_index, PORTAL_SEARCH_RETRY_AFTER="60"
    )
    elasticsearch = es_backend(scratch_index)
    call_command("search_index", "--rebuild")
    first = elasticsearch.alias_targets(elasticsearch.alias_name("vi"))
    out = capsys.readouterr().out
    assert "100%" in out and "Done" in out

    answers: list[tuple[str, int]] = []
    stop = threading.Event()

    def searcher():

        client = Client()
        try:
            for _attempt in range(2000):  # bounded
                if stop.is_set():
                    break
                body = api(client, q="xoai", lang="vi")
                answers.append((body["backend"], body["count"]))
        finally:
            connections.close_all()

    thread = threading.Thread(target=searcher)
    thread.start()
    try:
        call_command("search_index", "--rebuild")
    finally:
        stop.set()
        thread.join(timeout=60)
    second = elasticsearch.alias_targets(elasticsearch.alias_name("vi"))
    assert len(first) == len(second) == 1 and first != second
    assert not elasticsearch.client.indices.exists(index=first[0])  # the old index is gone
    assert len(answers) > 5
    assert {backend for backend, _count in answers} == {"elasticsearch"}
    assert len({count for _backend, count in answers}) == 1
    assert health.fallback_counts() == {"search": 0, "suggest": 0}
