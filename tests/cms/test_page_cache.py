"""Anonymous pages are cached, and never stale after a publish, unpublish, move or snippet edit;
previews, drafts and signed-in views never enter the cache."""

import pytest

from cms.models import InvestorGuidePage
from investment.models import Agency

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    from django.core.cache import caches

    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    caches["pages"].clear()


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


def test_second_anonymous_visit_is_served_from_the_cache(client, django_assert_max_num_queries):
    assert _get(client, "/en/")["X-Page-Cache"] == "miss"
    with django_assert_max_num_queries(1):  # only the generation check
        response = _get(client, "/en/")
    assert response["X-Page-Cache"] == "hit"
    assert response["Content-Security-Policy"]  # security headers still apply to cached pages
    assert 'lang="en"' in response.content.decode()


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


def test_cache_can_be_turned_off(client, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    _get(client, "/en/")
    assert "X-Page-Cache" not in _get(client, "/en/")
