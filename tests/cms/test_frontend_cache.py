"""The frontend cache's side in Django (cms/frontend_cache.py, cms/views/csrf.py): what a publish, a move, a
delete and a snippet save send to the cache (a real HTTP server on loopback records the PURGE and BAN requests
Wagtail's backend sends), the pages Varnish stores carry no reader's token, and a form posted from such a page
without JavaScript is answered with the form to send again. Varnish itself: tests/deploy/test_stack.py."""

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.utils import translation
from wagtail.models import Page

from cms.frontend_cache import urls_to_purge
from cms.i18n import LANGUAGE_CODES, page_url_in
from cms.page_dependencies import pages_to_cool
from inquiries.models import Inquiry
from investment.models import ProjectPage, Sector

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db]

STORE = {"HTTP_X_FRONTEND_CACHE": "store"}
TOKEN_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]*)"')


class Recorder(BaseHTTPRequestHandler):
    def _record(self):
        self.server.requests.append((self.command, self.path, self.headers.get("Host")))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PURGE = do_BAN = _record  # noqa: N815 (http.server's handler names)

    def log_message(self, *args):
        pass


@pytest.fixture
def cache_server(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    location = f"http://127.0.0.1:{server.server_port}"
    backend = {"BACKEND": "cms.frontend_cache.VarnishBackend", "LOCATION": location}
    settings.WAGTAILFRONTENDCACHE = {"varnish-1": backend}
    yield server
    server.shutdown()
    server.server_close()


def _project() -> ProjectPage:
    return ProjectPage.objects.live().order_by("pk").first()


def _paths(urls) -> set[str]:
    return {urlsplit(url).path for url in urls}


def test_urls_to_purge_name_the_page_in_every_language_its_listing_and_home():
    project = _project()
    paths = _paths(urls_to_purge(project))
    listing = project.get_parent().specific
    for language in LANGUAGE_CODES:
        assert page_url_in(project, language) in paths
        assert page_url_in(listing, language) in paths
        assert f"/{language}/" in paths
    for item in ProjectPage.objects.live().exclude(pk__in=pages_to_cool(project)):  # unrelated projects stay
        assert page_url_in(item, "en") not in paths
    related = pages_to_cool(project) - {project.pk, listing.pk}
    for item in ProjectPage.objects.live().filter(pk__in=related):  # pages showing it as related go too
        assert page_url_in(item, "en") in paths


def test_publish_purges_after_commit_and_a_snippet_save_bans_everything(
    cache_server, django_capture_on_commit_callbacks
):
    project = _project()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        project.title_en = "A project renamed"
        project.save_revision().publish()
    assert cache_server.requests == []  # nothing before the commit
    for callback in callbacks:
        callback()
    purged = {path for method, path, _host in cache_server.requests if method == "PURGE"}
    assert page_url_in(project, "en") in purged and page_url_in(project, "vi") in purged
    assert page_url_in(project.get_parent().specific, "ja") in purged
    cache_server.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        Sector.objects.first().save()
    assert ("BAN", "/", f"127.0.0.1:{cache_server.server_port}") in cache_server.requests
    assert not [request for request in cache_server.requests if request[0] == "PURGE"]


def test_move_purges_the_old_and_the_new_addresses(cache_server, django_capture_on_commit_callbacks):
    project = _project()
    old = page_url_in(project, "en")
    target = Page.objects.filter(depth=project.get_parent().depth).exclude(pk=project.get_parent().pk).first()
    with django_capture_on_commit_callbacks(execute=True):
        project.move(target, pos="last-child")
    purged = {path for method, path, _host in cache_server.requests if method == "PURGE"}
    assert old in purged and page_url_in(ProjectPage.objects.get(pk=project.pk), "en") in purged


def test_delete_and_unpublish_purge_the_page(cache_server, django_capture_on_commit_callbacks):
    first, second = ProjectPage.objects.live().order_by("pk")[:2]
    first_url, second_url = page_url_in(first, "en"), page_url_in(second, "en")
    with django_capture_on_commit_callbacks(execute=True):
        first.unpublish()
    with django_capture_on_commit_callbacks(execute=True):
        second.delete()
    purged = {path for method, path, _host in cache_server.requests if method == "PURGE"}
    assert first_url in purged and second_url in purged


def test_a_copy_for_varnish_has_no_token_and_sets_no_cookie():
    url = page_url_in(_project(), "en")
    client = Client()
    for attempt in range(2):  # a miss, then Django's own page cache: neither gives Varnish a token
        stored = client.get(url, **STORE)
        assert stored.status_code == 200, attempt
        tokens = TOKEN_INPUT.findall(stored.content.decode())  # the inquiry form and the save buttons
        assert tokens and set(tokens) == {""}
        assert "csrftoken" not in stored.cookies
        assert "js/csrf" in stored.content.decode()  # the script that fills the token in
    direct = Client().get(url)
    assert len(TOKEN_INPUT.findall(direct.content.decode())[0]) == 64  # a reader without Varnish: a token
    assert "csrftoken" in direct.cookies


def test_the_token_endpoint_gives_the_reader_a_token_and_its_cookie():
    response = Client().get("/csrf/")
    assert response.status_code == 200 and len(response.json()["token"]) == 64
    assert "csrftoken" in response.cookies and "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("language", ["en", "vi"])
def test_a_form_from_a_stored_copy_posted_without_javascript_comes_back_to_send_again(language):
    project = _project()
    stored = Client().get(page_url_in(project, language), **STORE).content.decode()
    hidden = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', stored))
    action = re.search(r'<form class="inquiry-form" method="post" action="([^"]+)"', stored).group(1)
    browser = Client(enforce_csrf_checks=True)
    email = f"no-js-{language}@example.com"
    fields = {
        **hidden,
        "kind": "investment",
        "name": "No Script",
        "email": email,
        "country": "JP",
        "message": "Sent from a stored copy without JavaScript.",
        "consent": "on",
    }
    refused = browser.post(action, fields)
    assert refused.status_code == 403
    page = refused.content.decode()
    with translation.override(language):
        assert translation.gettext("Send the form again") in page
    assert f'name="email" value="{email}"' in page
    again = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', page))
    assert len(again["csrfmiddlewaretoken"]) == 64
    sent = browser.post(action, again)
    assert sent.status_code == 302 and "/inquiries/status/" in sent["Location"]
    assert Inquiry.objects.filter(email=email).count() == 1


def test_other_csrf_failures_get_an_explanation_not_a_resend():
    browser = Client(enforce_csrf_checks=True)
    response = browser.post("/i18n/setlang/", {"language": "en"})
    assert response.status_code == 403
    with translation.override("vi"):  # no language prefix: the site's language
        assert translation.gettext("The form could not be sent") in response.content.decode()
    assert 'name="language"' not in response.content.decode()
