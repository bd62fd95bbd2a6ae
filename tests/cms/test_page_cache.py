"""Anonymous pages are cached, and never stale after a publish, unpublish, move or snippet edit;
previews, drafts and signed-in views never enter the cache."""

import gzip
import re

import pytest
from django.core.cache import caches
from django.test import Client

from cms.i18n import page_url_in
from cms.models import InvestorGuidePage, PageCacheGeneration
from cms.page_cache import forget_generation_memo
from inquiries.models import Inquiry
from investment.models import Agency, ProjectPage

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db, pytest.mark.smoke]


@pytest.fixture(autouse=True)
def page_cache_on(settings):

    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    settings.PORTAL_PAGE_CACHE_GENERATION_MEMO_SECONDS = 60  # a slow first render must not outlive the memo
    caches["pages"].clear()
    forget_generation_memo()


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


def test_second_anonymous_visit_is_served_from_the_cache(client, django_assert_max_num_queries):
    assert _get(client, "/en/")["X-Page-Cache"] == "miss"
    with django_assert_max_num_queries(0):  # the generation is memoised: a hit never touches the database
        response = _get(client, "/en/")
    assert response["X-Page-Cache"] == "hit"
    assert response["Content-Security-Policy"]  # security headers still apply to cached pages
    assert 'lang="en"' in response.content.decode()


def test_a_bump_by_another_server_is_seen_when_the_memo_expires(client, settings):
    """Another server's publish updates the row only (this process's store is its own): once this process's
    memo has expired it reads the row again and misses."""
    _get(client, "/en/")
    assert _get(client, "/en/")["X-Page-Cache"] == "hit"
    PageCacheGeneration.objects.update_or_create(pk=1, defaults={"generation": 10_000})
    assert _get(client, "/en/")["X-Page-Cache"] == "hit"  # within the memo's lifetime
    settings.PORTAL_PAGE_CACHE_GENERATION_MEMO_SECONDS = 0
    forget_generation_memo()  # as if the memo had expired
    assert _get(client, "/en/")["X-Page-Cache"] == "miss"


def test_publishing_a_translation_edit_invalidates(client, django_capture_on_commit_callbacks):
    guide = InvestorGuidePage.objects.live().first()
    url = f"/en/{guide.get_parent().slug_en}/{guide.slug_en}/"
    _get(client, url)
    assert _get(client, url)["X-Page-Cache"] == "hit"
    guide.title_en = "Incentives, freshly updated"
    with django_capture_on_commit_callbacks(execute=True):
        guide.save_revision().publish()
    response = _get(client, url)
    assert response["X-Page-Cache"] == "miss"
    assert "Incentives, freshly updated" in response.content.decode()


def test_unpublishing_is_never_served_stale(client, django_capture_on_commit_callbacks):
    guide = InvestorGuidePage.objects.live().first()
    url = f"/en/{guide.get_parent().slug_en}/{guide.slug_en}/"
    _get(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        guide.unpublish()
    assert client.get(url).status_code == 404


def test_a_saved_draft_changes_nothing_and_never_leaks(client, admin_client, django_capture_on_commit_callbacks):
    guide = InvestorGuidePage.objects.live().first()
    url = f"/en/{guide.get_parent().slug_en}/{guide.slug_en}/"
    published_title = guide.title_en
    _get(client, url)
    guide.title_en = "DRAFT title not for the public"
    with django_capture_on_commit_callbacks(execute=True):
        guide.save_revision()  # a draft, not published
    preview = admin_client.get(f"/admin/pages/{guide.pk}/edit/preview/")
    assert preview.status_code == 200
    assert "X-Page-Cache" not in preview
    response = _get(client, url)
    assert response["X-Page-Cache"] == "hit"
    html = response.content.decode()
    assert published_title in html
    assert "DRAFT title" not in html


def test_signed_in_visitors_bypass_the_cache(admin_client):
    first = _get(admin_client, "/en/")
    second = _get(admin_client, "/en/")
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second


def test_editing_an_agency_refreshes_the_footer(client, django_capture_on_commit_callbacks):
    _get(client, "/ja/")
    agency = Agency.objects.get(slug="itpc")
    agency.phone = "+84 277 000 9999"
    with django_capture_on_commit_callbacks(execute=True):
        agency.save()
    response = _get(client, "/ja/")
    assert response["X-Page-Cache"] == "miss"
    assert "+84 277 000 9999" in response.content.decode()


def test_a_copy_made_by_another_release_is_never_served(client, settings):
    """After an upgrade the new code renders its own copies (cms/release.py), while the servers still running the
    old release keep theirs; both see the same content versions."""
    settings.PORTAL_RELEASE = "2026.11.1"
    _get(client, "/en/")
    assert _get(client, "/en/")["X-Page-Cache"] == "hit"
    settings.PORTAL_RELEASE = "2026.12.0"
    assert _get(client, "/en/")["X-Page-Cache"] == "miss"
    assert _get(client, "/en/")["X-Page-Cache"] == "hit"
    settings.PORTAL_RELEASE = "2026.11.1"
    assert _get(client, "/en/")["X-Page-Cache"] == "hit"


def test_cache_can_be_turned_off(client, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    _get(client, "/en/")
    assert "X-Page-Cache" not in _get(client, "/en/")


def _form_token(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"', html)
    assert match, "the inquiry form carries a CSRF token"
    return match.group(1)


def _inquiry(page, token: str) -> dict:
    return {
        "csrfmiddlewaretoken": token,
        "kind": "investment",
        "page": str(page.pk),
        "name": "Kim Min-jun",
        "email": "minjun@example.kr",
        "country": "KR",
        "message": "We would like the land-clearance schedule.",
        "language": "ko",
        "consent": "on",
        "website": "",
    }


def test_a_detail_page_with_its_inquiry_form_is_cached_with_each_readers_own_token(django_assert_max_num_queries):

    project = ProjectPage.objects.live().first()
    url = page_url_in(project, "ko")
    first_reader, second_reader = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    assert _get(first_reader, url)["X-Page-Cache"] == "miss"
    with django_assert_max_num_queries(1):
        cached = _get(second_reader, url)
    assert cached["X-Page-Cache"] == "hit"
    html = cached.content.decode()
    assert "@@portal-csrf-token@@" not in html and 'lang="ko"' in html
    token = _form_token(html)
    assert "csrftoken" in cached.cookies  # the reader gets the cookie that matches the token in the page
    assert token != _form_token(_get(first_reader, url).content.decode())

    # The form works without JavaScript from the cached copy, and only with the reader's own cookie.
    response = second_reader.post("/ko/inquiries/new/", _inquiry(project, token))
    assert response.status_code == 302 and "/ko/inquiries/status/" in response["Location"]
    assert Inquiry.objects.filter(email="minjun@example.kr").count() == 1
    stranger = Client(enforce_csrf_checks=True)
    assert stranger.post("/ko/inquiries/new/", _inquiry(project, token)).status_code == 403


def test_a_reader_with_a_csrf_cookie_keeps_it():

    client = Client(enforce_csrf_checks=True)
    project = ProjectPage.objects.live().first()
    url = page_url_in(project, "en")
    _get(client, url)
    cookie = client.cookies["csrftoken"].value
    cached = _get(client, url)
    assert cached["X-Page-Cache"] == "hit"
    assert client.cookies["csrftoken"].value == cookie  # Django re-sends it unchanged (a fresh expiry)
    assert client.post("/en/inquiries/new/", _inquiry(project, _form_token(cached.content.decode()))).status_code == 302


def test_a_page_with_forms_is_sent_compressed_to_readers_that_accept_gzip_each_with_their_own_token():
    """The copy keeps its CSRF inputs as slots in the gzip stream: a reader that accepts gzip gets it encoded
    (gzip checks its CRC and length on decompression), with their own token in every form, and the form works;
    a reader that does not gets the same page unencoded."""
    project = ProjectPage.objects.live().first()
    url = page_url_in(project, "en")
    _get(Client(), url)
    reader = Client(enforce_csrf_checks=True, HTTP_ACCEPT_ENCODING="gzip, deflate")
    cached = _get(reader, url)
    assert cached["X-Page-Cache"] == "hit" and cached["Content-Encoding"] == "gzip"
    html = gzip.decompress(cached.content).decode()
    assert "@@portal-csrf-token@@" not in html
    response = reader.post("/en/inquiries/new/", _inquiry(project, _form_token(html)))
    assert response.status_code == 302 and "/en/inquiries/status/" in response["Location"]

    _get(Client(), "/en/projects/")
    listing = _get(Client(HTTP_ACCEPT_ENCODING="gzip"), "/en/projects/")  # the first reader now has a flash message
    assert listing["X-Page-Cache"] == "hit" and listing["Content-Encoding"] == "gzip"
    html = gzip.decompress(listing.content).decode()
    tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]*)"', html)
    assert len(tokens) > 2 and all(len(token) == 64 for token in tokens)  # a save form on every card
    plain = _get(Client(), "/en/projects/")
    assert "Content-Encoding" not in plain
    without_tokens = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*')
    assert without_tokens.sub(r"\1", plain.content.decode()) == without_tokens.sub(r"\1", html)
