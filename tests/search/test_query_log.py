"""What investors searched for: every first page of a search with words is noted without personal data
(language, backend, redacted words, result count), the result opened from the search page is noted
once through the signed beacon, and the admin report lists the queries that found nothing with a link
that starts a synonym set from them."""

import json
import re
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from search.models import SearchQueryLog, SearchSynonym

from .conftest import api

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db]

NOTHING = "zyxwv qqqq"  # no page has these words


def test_a_search_is_noted_without_personal_data(client, backend):
    body = api(client, q="Mango  export, call +84 912 345 678 or buyer@example.com", lang="en")
    log = SearchQueryLog.objects.get()
    assert log.language == "en" and log.backend == body["backend"] and log.result_count == body["count"]
    assert log.query == "mango export, call [number] or [e-mail]"
    assert log.clicked_page_id is None
    api(client, q="mango", lang="en", page="2", page_size="1")  # later pages are the same search
    api(client, q="", lang="en")  # browsing without words
    assert SearchQueryLog.objects.count() == 1


def test_the_result_opened_is_noted_once_and_only_with_a_valid_token(client, backend):
    html = client.get("/en/search/", {"q": "mango"}).content.decode()
    token = re.search(r'data-search-click="([^"]+)"', html).group(1)
    first = re.search(r'data-page="(\d+)" data-rank="1"', html).group(1)
    assert client.post("/api/search/click/", {"click": token + "x", "page": first, "rank": "1"}).status_code == 204
    assert SearchQueryLog.objects.get().clicked_page_id is None  # a forged token notes nothing
    assert client.post("/api/search/click/", {"click": token, "page": first, "rank": "1"}).status_code == 204
    assert client.post("/api/search/click/", {"click": token, "page": "1", "rank": "2"}).status_code == 204
    log = SearchQueryLog.objects.get()
    assert (log.clicked_page_id, log.clicked_rank) == (int(first), 1)  # the first result opened
    assert client.post("/api/search/click/", {"click": token, "page": "x", "rank": "-1"}).status_code == 204
    assert client.get("/api/search/click/").status_code == 405


def test_the_report_lists_what_found_nothing_with_a_synonym_link(client, admin_client, backend):
    assert api(client, q=NOTHING, lang="en")["count"] == 0
    api(client, q="mango", lang="en")
    api(client, q="mango", lang="en")
    assert client.get("/admin/search-report/").status_code == 302  # readers are sent to sign in
    response = admin_client.get("/admin/search-report/", {"language": "en", "days": "7"})
    assert response.status_code == 200
    html = response.content.decode()
    zero = html[html.index('data-report="zero"') : html.index('data-report="no-clicks"')]
    assert f'data-query="{NOTHING}"' in zero and 'data-query="mango"' not in zero
    top = html[html.index('data-report="top"') :]
    assert top.index('data-query="mango"') < top.index(f'data-query="{NOTHING}"')  # searched twice
    assert 'data-search-totals="3 1 0"' in html  # searches, without results, with a result opened
    link = re.search(r'data-add-synonym [^>]*href="([^"]+)"', zero).group(1).replace("&amp;", "&")
    form = admin_client.get(link).content.decode()
    assert f"{NOTHING}, </textarea>" in form
    assert 'value="en" selected' in form
    assert admin_client.get("/admin/search-report/", {"language": "xx", "days": "-3"}).status_code == 200


def test_editors_keep_synonym_sets_in_the_admin(admin_client):
    url = "/admin/snippets/portal_search/searchsynonym/add/"
    response = admin_client.post(url, {"language": "en", "terms": "solar farm"})
    assert response.status_code == 200 and not SearchSynonym.objects.filter(terms__contains="solar farm").exists()
    admin_client.post(url, {"language": "en", "terms": "solar farm\nsolar park", "note": ""})
    assert SearchSynonym.objects.get(terms="solar farm, solar park").language == "en"


def test_a_search_is_written_once_the_answer_has_gone_out_and_its_click_is_noted(client, backend):
    """The row is written when the WSGI server closes the answer (after its last byte), not while the reader
    waits; the click token sent with the answer names it."""
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/api/search/", "QUERY_STRING": "q=mango&lang=en"}
    setup_testing_defaults(environ)
    environ["HTTP_HOST"] = "testserver"
    started = []
    request_started.disconnect(close_old_connections)  # as Django's test client: keep the test's connection
    request_finished.disconnect(close_old_connections)
    try:
        answer = WSGIHandler()(environ, lambda status, headers: started.append((status, dict(headers))))
        body = json.loads(b"".join(answer))
        assert started[0][0].startswith("200") and body["count"] > 0
        assert not SearchQueryLog.objects.exists()  # the whole answer read: nothing written yet
        answer.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    log = SearchQueryLog.objects.get()
    assert (log.query, log.result_count) == ("mango", body["count"])
    first = body["results"][0]["id"]
    click = {"click": started[0][1]["X-Search-Click"], "page": str(first), "rank": "1"}
    assert client.post("/api/search/click/", click).status_code == 204
    log.refresh_from_db()
    assert (log.clicked_page_id, log.clicked_rank) == (first, 1)
