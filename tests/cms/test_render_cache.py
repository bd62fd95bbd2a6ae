"""Routes and fragments kept between renders (cms/render_cache.py): the same HTML as without them, never stale after a
publish, an unpublish or a snippet edit, view restrictions and previews as before, and fewer queries."""

import re
from html import escape

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import PageViewRestriction, Site

from cms.models import InvestorGuidePage
from cms.page_cache import forget_generation_memo
from investment.models import Agency, OpportunityPage, ProjectIndexPage, ProjectPage, ZonePage

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db]

PAGES = [
    "/en/",
    "/ja/",
    "/en/projects/",
    "/en/projects/?status=calling&sector=A",  # the kept filter form shows each reader's own choices
    "/en/projects/?capital_min=abc&status=nonsense",  # and each reader's own errors (a 400)
    "/vi/du-an-dau-tu/?page_size=3&view=map",
    "/en/agri-opportunities/",
    "/ko/industrial-zones/",
    "/en/news/",
    "/en/inquiries/new/",
]


@pytest.fixture(autouse=True)
def render_cache_on(settings):
    """A test's changes roll back without bumping the generation: every test starts from an empty store."""
    settings.PORTAL_PAGE_CACHE_SECONDS = 0  # renders, not whole cached pages
    settings.PORTAL_RENDER_CACHE_SECONDS = 600
    caches["pages"].clear()
    forget_generation_memo()
    with translation.override("en"):  # page.get_url() below: English addresses, whatever ran before
        yield


def _html(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, url
    html = response.content.decode()
    # Per-render values: the reader's CSRF and form tokens, the glossary's tooltip counter.
    html = re.sub(r'value="[A-Za-z0-9_-]{20,}"', 'value="…"', html)
    return re.sub(r"glossary-([a-z-]+)-\d+", r"glossary-\1-N", html)


def _detail_urls() -> list[str]:
    project = ProjectPage.objects.live().first()
    zone = ZonePage.objects.live().first()
    opportunity = OpportunityPage.objects.live().first()
    return [project.get_url(), f"/zh-hans{project.get_url()[3:]}", zone.get_url(), opportunity.get_url()]


@pytest.mark.parametrize("kept", [False, True], ids=["first render", "from kept routes and fragments"])
def test_pages_are_the_same_with_and_without_the_render_cache(client, settings, kept):
    for url in [*PAGES, *_detail_urls()]:
        status = 400 if "nonsense" in url else 200
        settings.PORTAL_RENDER_CACHE_SECONDS = 0
        plain = _html(client, url, status)
        settings.PORTAL_RENDER_CACHE_SECONDS = 600
        if kept:
            _html(client, url, status)
        assert _html(client, url, status) == plain, url


def test_a_remembered_route_serves_a_routable_page_and_its_sub_routes(client):
    """The compare sub-route of the project index, reached twice (the second time through the remembered
    route), shows the chosen projects in its table; a bad ``ids`` still answers 400."""
    index = ProjectIndexPage.objects.get()
    projects = list(ProjectPage.objects.live().order_by("pk")[:2])
    compare = f"{index.get_url()}compare/?ids={projects[0].pk},{projects[1].pk}"
    for _ in range(2):
        assert client.get(index.get_url()).status_code == 200
        html = _html(client, compare)
        header = html[html.index('<table class="compare-table">') : html.index("</thead>")]
        assert [escape(project.title) in header for project in projects] == [True, True]
        assert client.get(f"{index.get_url()}compare/?ids=x").status_code == 400


def test_an_unpublished_page_is_gone_even_before_the_generation_moves(client):
    """The remembered route is checked against the page read again: live or 404, whatever the generation."""
    guide = InvestorGuidePage.objects.live().first()
    url = guide.get_url()
    _html(client, url)
    _html(client, url)
    guide.unpublish()  # the bump runs on commit, which this test's transaction never reaches
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("on", ["page", "parent"])
def test_view_restrictions_apply_to_a_remembered_route(client, django_capture_on_commit_callbacks, on):
    """The route remembers that no restriction applied (and then skips Wagtail's queries for them): a restriction
    saved since, on the page or above it, moves the content version, so the next reader meets it."""
    page = ProjectPage.objects.live().first()
    url = page.get_url()
    _html(client, url)
    _html(client, url)  # served from the remembered route
    restricted = page if on == "page" else page.get_parent()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
        )
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="password"' in html and page.summary not in html


def test_a_publish_refreshes_the_navigation_and_the_language_links(client, django_capture_on_commit_callbacks):
    index = ProjectIndexPage.objects.get()
    _html(client, "/en/")
    _html(client, index.get_url())
    index.title_en = "Projects, freshly renamed"
    index.slug_en = "projects-renamed"
    with django_capture_on_commit_callbacks(execute=True):
        index.save_revision().publish()
    home = _html(client, "/en/")
    assert ">Projects, freshly renamed</a>" in home
    assert client.get("/en/projects-renamed/").status_code == 200
    listing = _html(client, "/ja/" + index.get_url()[4:])  # the Japanese address is unchanged
    assert 'hreflang="en" href="http://testserver/en/projects-renamed/"' in listing


def test_editing_an_agency_refreshes_the_footer(client, django_capture_on_commit_callbacks):
    _html(client, "/ja/")
    agency = Agency.objects.get(slug="itpc")
    agency.phone = "+84 277 000 9999"
    with django_capture_on_commit_callbacks(execute=True):
        agency.save()
    assert "+84 277 000 9999" in _html(client, "/ja/")


def test_a_preview_keeps_nothing_and_uses_nothing_kept(client, admin_client):
    guide = InvestorGuidePage.objects.live().first()
    url = guide.get_url()
    _html(client, url)
    guide.title_en = guide.title_vi = "DRAFT title not for the public"
    revision = guide.save_revision()
    preview = admin_client.get(f"/admin/pages/{guide.pk}/revisions/{revision.pk}/view/")
    assert preview.status_code == 200
    assert "DRAFT title" in preview.content.decode()
    assert "DRAFT title" not in _html(client, url)


def _queries(client, url: str) -> int:
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_kept_routes_and_fragments_save_queries(client, settings):
    url = ProjectPage.objects.live().first().get_url()
    settings.PORTAL_RENDER_CACHE_SECONDS = 0
    plain = _queries(client, url)
    settings.PORTAL_RENDER_CACHE_SECONDS = 600
    kept = _queries(client, url)
    print(f"project detail: {plain} queries without the render cache, {kept} with it")
    assert kept <= plain - 10


def test_fragments_kept_by_another_release_are_not_used(client, settings):
    """A route or fragment kept by the previous release's code is not reused by the next (cms/release.py): its
    first render reads everything again."""
    url = ProjectPage.objects.live().first().get_url()
    settings.PORTAL_RENDER_CACHE_SECONDS = 0
    plain = _queries(client, url)
    settings.PORTAL_RENDER_CACHE_SECONDS = 600
    settings.PORTAL_RELEASE = "2026.11.1"
    kept = _queries(client, url)
    settings.PORTAL_RELEASE = "2026.12.0"
    with CaptureQueriesContext(connection) as first_render:
        assert client.get(url).status_code == 200
    assert kept < plain <= len(first_render.captured_queries)


def test_a_new_site_is_seen_by_the_next_request(client, settings, django_capture_on_commit_callbacks):
    """The site of a host is read once per content version (``site_for_request``): a site saved since answers the
    next request."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "invest.example"]
    guide = InvestorGuidePage.objects.live().first()
    home_for_other_host = client.get("/en/", headers={"host": "invest.example"})
    assert home_for_other_host.status_code == 200 and b"page-home" in home_for_other_host.content  # the default site
    with django_capture_on_commit_callbacks(execute=True):
        Site.objects.create(hostname="invest.example", port=80, root_page=guide, site_name="Guide")
    other = client.get("/en/", headers={"host": "invest.example"})
    assert other.status_code == 200 and b"page-home" not in other.content  # the new site's root: the guide
    assert escape(guide.title).encode() in other.content
    assert b"page-home" in client.get("/en/").content  # the default site as before


@pytest.mark.parametrize("url", ["/en/projects/", "/en/industrial-zones/", "detail"])
def test_kept_forms_carry_each_readers_own_tokens(url):
    """A card's save button and a detail page's inquiry form are kept with their fragments: each reader gets a
    token of their own CSRF cookie, not the one of the reader whose render made the fragment, and a fresh one-time
    token for the inquiry form (a kept one would make the second reader's inquiry a replay of the first's)."""
    detail = url == "detail"
    url = ProjectPage.objects.live().first().get_url() if detail else url
    first, second = Client(), Client()
    made = first.get(url)  # makes and keeps the fragments
    assert made.status_code == 200
    response = second.get(url)
    html = response.content.decode()
    tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"', html))
    assert tokens and "@@" not in html
    secret = second.cookies[settings.CSRF_COOKIE_NAME].value
    assert {_unmask_cipher_token(token) for token in tokens} == {secret}
    form_tokens = [re.findall(r'name="form_token" value="([^"]+)"', page) for page in (made.content.decode(), html)]
    assert len(form_tokens[0]) == len(form_tokens[1]) == (1 if detail else 0)
    assert not set(form_tokens[0]) & set(form_tokens[1])
