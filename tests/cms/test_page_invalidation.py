"""A publish cools only what it changed: an unrelated page stays cached, while the edited page (in every
language), its listing, the pages showing it as related and the home page featuring it are never served stale;
what a relation change adds or drops shows at once; snippets still refresh every page."""

import datetime
import gzip
import re

import pytest
from django.core.cache import caches
from django.http import HttpResponse

from cms.i18n import page_url_in
from cms.models import HomePage, InvestorGuidePage
from cms.page_cache import AnonymousPageCacheMiddleware, bump_generation, forget_generation_memo
from cms.page_dependencies import pages_to_cool, urls_to_purge
from investment.models import Agency, ProjectIndexPage, ProjectPage
from investment.selectors import catalogue_related

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db]


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    settings.PORTAL_PAGE_CACHE_GENERATION_MEMO_SECONDS = 0
    caches["pages"].clear()
    forget_generation_memo()


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def _warm(client, *urls):
    for url in urls:
        _get(client, url)
        assert _get(client, url)["X-Page-Cache"] == "hit", url


def _publish(page, capture, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    with capture(execute=True):
        page.save_revision().publish()


def _listing_url():
    return page_url_in(ProjectIndexPage.objects.live().first(), "en")


def _listed_project(client):
    """A live project shown on the first page of the listing."""
    html = _get(client, _listing_url()).content.decode()
    return next(project for project in ProjectPage.objects.live() if f'data-page-id="{project.pk}"' in html)


def test_a_publish_leaves_an_unrelated_detail_page_cached(client, django_capture_on_commit_callbacks):
    edited = ProjectPage.objects.live().first()
    cooled = pages_to_cool(edited)
    unrelated = ProjectPage.objects.live().exclude(pk__in=cooled).first()
    assert unrelated is not None, "the demo has a project sharing neither a sector nor the place"
    assert edited not in catalogue_related(page=unrelated)
    guide = InvestorGuidePage.objects.live().first()
    urls = [page_url_in(unrelated, "en"), page_url_in(unrelated, "ko"), page_url_in(guide, "en")]
    _warm(client, *urls)

    _publish(edited, django_capture_on_commit_callbacks, title_en="Lotus processing, republished")

    for url in urls:
        assert _get(client, url)["X-Page-Cache"] == "hit", url
    assert _get(client, page_url_in(edited, "en"))["X-Page-Cache"] == "miss"


def test_a_publish_is_never_served_stale(client, django_capture_on_commit_callbacks):
    edited = _listed_project(client)
    related_to = next(
        project
        for project in ProjectPage.objects.live().exclude(pk=edited.pk)
        if edited in catalogue_related(page=project)
    )
    home = HomePage.objects.get()
    _publish(home, django_capture_on_commit_callbacks, featured=[("page", {"page": edited, "blurb": ""})])
    detail = {code: page_url_in(edited, code) for code in ("en", "vi", "ja")}
    showing = [_listing_url(), page_url_in(related_to, "en"), page_url_in(home, "en")]
    _warm(client, *detail.values(), *showing)
    for url in showing:
        assert edited.title_en in _get(client, url).content.decode(), url

    _publish(edited, django_capture_on_commit_callbacks, title_en="Dong Thap lotus park, renamed")

    for url in [detail["en"], *showing]:
        response = _get(client, url)
        assert response["X-Page-Cache"] == "miss", url
        assert "Dong Thap lotus park, renamed" in response.content.decode(), url
    for code in ("vi", "ja"):  # every language of the page is cooled
        assert _get(client, detail[code])["X-Page-Cache"] == "miss"
    assert home.pk in pages_to_cool(edited) and related_to.pk in pages_to_cool(edited)
    assert detail["en"] in urls_to_purge(pages_to_cool(edited))


def test_unpublishing_answers_404_and_leaves_the_listing(client, django_capture_on_commit_callbacks):
    edited = _listed_project(client)
    url = page_url_in(edited, "en")
    _warm(client, url, _listing_url())
    with django_capture_on_commit_callbacks(execute=True):
        edited.unpublish()
    assert client.get(url).status_code == 404
    assert f'data-page-id="{edited.pk}"' not in _get(client, _listing_url()).content.decode()


def test_a_relation_change_shows_where_it_was_added_and_where_it_was_dropped(
    client, django_capture_on_commit_callbacks
):
    """Newly related pages list the project (computed from the rows after the commit), the pages that listed it
    under its old sectors and place stop (computed before the save, and recorded when they were rendered)."""
    projects = list(ProjectPage.objects.live().prefetch_related("sectors"))
    edited = next(project for project in projects if any(edited_in(project, other) for other in projects))
    showing_before = [other for other in projects if edited_in(edited, other)]
    target = next(
        other
        for other in projects
        if other.pk != edited.pk
        and other not in showing_before
        and not set(other.sectors.all()) & set(edited.sectors.all())
        and other.place_id != edited.place_id
    )
    urls = [page_url_in(page, "en") for page in [*showing_before, target]]
    _warm(client, *urls)
    assert f'data-page-id="{edited.pk}"' not in _get(client, page_url_in(target, "en")).content.decode()

    edited.sectors = list(target.sectors.all())
    _publish(edited, django_capture_on_commit_callbacks, place=target.place, last_verified=datetime.date.today())

    html = _get(client, page_url_in(target, "en")).content.decode()
    assert f'data-page-id="{edited.pk}"' in html  # the most recently verified sibling
    for other in showing_before:
        if edited not in catalogue_related(page=other):
            assert f'data-page-id="{edited.pk}"' not in _get(client, page_url_in(other, "en")).content.decode()


def edited_in(edited, other) -> bool:
    return other.pk != edited.pk and edited in catalogue_related(page=other)


def test_editing_a_snippet_refreshes_the_footer_everywhere(client, django_capture_on_commit_callbacks):
    project = ProjectPage.objects.live().first()
    urls = ["/ja/", page_url_in(project, "ko"), _listing_url()]
    _warm(client, *urls)
    agency = Agency.objects.get(slug="itpc")
    agency.phone = "+84 277 000 1616"
    with django_capture_on_commit_callbacks(execute=True):
        agency.save()
    for url in urls:
        response = _get(client, url)
        assert response["X-Page-Cache"] == "miss", url
        assert "+84 277 000 1616" in response.content.decode(), url


def test_only_a_page_with_a_form_gets_a_csrf_token(client):
    guide = InvestorGuidePage.objects.live().first()
    _warm(client, page_url_in(guide, "en"))
    assert "csrftoken" not in _get(client, page_url_in(guide, "en")).cookies
    project = ProjectPage.objects.live().first()
    _warm(client, page_url_in(project, "en"))
    assert "csrftoken" in _get(client, page_url_in(project, "en")).cookies


def test_a_cached_page_is_sent_as_stored_to_a_reader_that_accepts_gzip(client):
    guide = InvestorGuidePage.objects.live().first()
    url = page_url_in(guide, "en")
    _warm(client, url)
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response["X-Page-Cache"] == "hit" and response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert guide.title_en in gzip.decompress(response.content).decode()
    assert "Content-Encoding" not in _get(client, url)  # a reader that does not accept it gets it decompressed

    project = ProjectPage.objects.live().first()  # a form: gzipped too, the reader's own token in its slot
    _warm(client, page_url_in(project, "en"))
    response = client.get(page_url_in(project, "en"), HTTP_ACCEPT_ENCODING="gzip")
    assert response["X-Page-Cache"] == "hit" and response["Content-Encoding"] == "gzip"
    html = gzip.decompress(response.content).decode()
    assert re.search(r'name="csrfmiddlewaretoken" value="[A-Za-z0-9]{64}"', html)


def test_a_render_that_overlapped_a_publish_is_not_stored(rf, django_capture_on_commit_callbacks):
    """Rendered from the old rows while an editor published: storing it with the versions read afterwards
    would keep it stale, so it is sent but not stored."""

    def render_during_a_publish(request):
        with django_capture_on_commit_callbacks(execute=True):
            bump_generation()
        return HttpResponse("rendered from the rows before the publish")

    assert "X-Page-Cache" not in AnonymousPageCacheMiddleware(render_during_a_publish)(rf.get("/en/about-16/"))
    calm = AnonymousPageCacheMiddleware(lambda request: HttpResponse("rendered"))
    assert calm(rf.get("/en/about-16/"))["X-Page-Cache"] == "miss"
    assert calm(rf.get("/en/about-16/"))["X-Page-Cache"] == "hit"
