"""Query budgets: listing and detail pages make a fixed number of SQL queries, whatever the number of items, on a
first render and when the routes and fragments of earlier renders are kept (cms/render_cache.py)."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.page_cache import forget_generation_memo
from investment.models import OpportunityPage, ProjectPage, ZonePage
from tests.factories.investment import (
    IncentiveFactory,
    OpportunityPageFactory,
    PlaceFactory,
    ProjectPageFactory,
    SectorFactory,
    ZonePageFactory,
)

pytestmark = [pytest.mark.usefixtures("catalogue"), pytest.mark.django_db]

# Without kept routes and fragments: 19 on /en/projects/ and 27 on a project before they existed (20 and 29 before
# the view restrictions were read once); with them: the route in one query, the navigation, footer, filter choices
# and a detail page's location and related cards kept (the generation is read once per request).
# The site of a host is read once per content version (cms/render_cache.py: site_for_request), one query fewer each.
# A project page keeps its head, main image and body too (investment/includes/project_*.html): 7 measured, 13 before;
# a listing whose cards are all kept reads only its items' ids (catalogue_tags.catalogue_cards): 8, 11 before.
# Then the filter form and the inquiry form were kept too, a remembered route knows when no view restriction
# applies (Wagtail's two queries skipped), and zone and opportunity pages keep their head, image and body:
# kept listing 8 → 6, project 7 → 5, zone and opportunity 12 → 3; first renders 19 → 18 (listing), zone 22,
# opportunity 21 (27 before).
BUDGETS = {
    "first render": {"listing": 18, "detail": 22, "project detail": 25},
    "kept": {"listing": 6, "detail": 3, "project detail": 5},
}


@pytest.fixture(autouse=True, params=list(BUDGETS))
def budget(request, settings):
    """Count the work of rendering, not a whole-page cache hit; with the render cache off, then on."""
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    settings.PORTAL_RENDER_CACHE_SECONDS = 600 if request.param == "kept" else 0
    caches["pages"].clear()
    forget_generation_memo()
    return BUDGETS[request.param]


def queries_for(client, url: str) -> int:
    assert client.get(url).status_code == 200  # warm-up: renditions and site caches exist afterwards
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("path", ["/en/projects/", "/en/agri-opportunities/", "/en/industrial-zones/"])
def test_listing_query_count_does_not_grow_with_page_size(client, path, budget):
    few = queries_for(client, f"{path}?page_size=2")
    many = queries_for(client, f"{path}?page_size=20")
    with_map = queries_for(client, f"{path}?page_size=20&view=map")
    print(f"{path}: page_size=2 → {few} queries, page_size=20 → {many}, map view → {with_map}")
    # The map view adds one query: the markers of every match of the filters, not only of the page shown.
    assert few == many and with_map == many + 1
    assert many <= budget["listing"]


def test_filtered_listing_stays_within_budget(client, budget):
    few = queries_for(client, "/ja/projects/?sector=A&sort=capital_desc&page_size=3")
    many = queries_for(client, "/ja/projects/?sector=A&sort=capital_desc&page_size=10")
    assert few == many <= budget["listing"] + 2


def _same_shape(factory, *, related: int, **fields):
    """A page in a sector and a place of its own (a commune with no former units), with ``related`` other pages
    of its kind in the same sector: two of these differ only in the sizes the budget must not depend on."""
    sector, place = SectorFactory(), PlaceFactory()
    incentives = [IncentiveFactory() for _ in range(2)]
    page = factory(sectors=[sector], place=place, incentives=incentives, **fields)
    for _ in range(related):
        factory(sectors=[sector], place=place)
    return page


def test_project_detail_query_count_is_independent_of_gallery_and_related_sizes(client, budget):
    small = _same_shape(ProjectPageFactory, related=1, gallery=1)
    large = _same_shape(ProjectPageFactory, related=4, gallery=4)
    small_count = queries_for(client, small.get_url())
    large_count = queries_for(client, large.get_url())
    print(f"project detail: 1 gallery image and 1 related → {small_count} queries; 4 and 4 → {large_count}")
    assert small_count == large_count <= budget["project detail"]


@pytest.mark.parametrize(
    ("factory", "small", "large"),
    [(OpportunityPageFactory, {}, {}), (ZonePageFactory, {"plots": 1}, {"plots": 5})],
    ids=["OpportunityPage", "ZonePage"],
)
def test_other_detail_pages_stay_within_budget(client, factory, small, large, budget):
    few = _same_shape(factory, related=1, **small)
    many = _same_shape(factory, related=4, **large)
    few_count, many_count = queries_for(client, few.get_url()), queries_for(client, many.get_url())
    print(f"{factory._meta.model.__name__}: 1 related → {few_count} queries; 4 related and more plots → {many_count}")
    assert few_count == many_count <= budget["detail"]


@pytest.mark.parametrize("model", [ProjectPage, OpportunityPage, ZonePage])
def test_detail_page_reads_its_sectors_once(client, model, budget):
    """The sectors shown on the page are also the ones related items are chosen by: one query, not two; none on a
    detail page whose head and related cards are kept (investment/includes/{project,zone,opportunity}_head.html)."""
    page = model.objects.live().filter(sectors__isnull=False).first()
    url = page.get_url()
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    own = f'"{model._meta.db_table}_sectors"."{model._meta.model_name}_id" = {page.pk}'
    reads = sum(own in query["sql"] for query in context.captured_queries)
    assert reads == (0 if budget is BUDGETS["kept"] else 1)


ALL_RESTRICTIONS = 'FROM "wagtailcore_pageviewrestriction" INNER JOIN'  # PageQuerySet.public() reads them all


@pytest.mark.parametrize("kind", ["listing", "project", "opportunity", "zone"])
def test_view_restrictions_are_read_once_per_request(client, kind, budget):
    """The navigation, the listing and the related items all exclude private pages from one reading."""
    models = {"project": ProjectPage, "opportunity": OpportunityPage, "zone": ZonePage}
    url = "/en/projects/" if kind == "listing" else models[kind].objects.live().first().get_url()
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    reads = sum(ALL_RESTRICTIONS in query["sql"] for query in context.captured_queries)
    # Kept navigation and related cards may leave nothing on the page that needs them.
    assert reads == 1 if budget is BUDGETS["first render"] else reads <= 1
