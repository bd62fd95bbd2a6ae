"""Private pages (a view restriction on them or an ancestor) stay out of listings, related items and the
navigation, with the restrictions read once per request (cms/visibility.py)."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from cms.visibility import public_pages
from investment.models import ProjectIndexPage, ProjectPage

pytestmark = [pytest.mark.usefixtures("catalogue"), pytest.mark.django_db]


@pytest.fixture
def private_project():
    project = ProjectPage.objects.live().order_by("pk").first()
    PageViewRestriction.objects.create(page=project, restriction_type=PageViewRestriction.PASSWORD, password="x")
    return project


def test_public_pages_excludes_what_public_excludes_reading_the_restrictions_once(private_project):
    request = RequestFactory().get("/en/")
    expected = set(Page.objects.live().public().values_list("pk", flat=True))
    assert private_project.pk not in expected
    assert set(public_pages(Page.objects.live(), request=request).values_list("pk", flat=True)) == expected
    with CaptureQueriesContext(connection) as context:
        again = set(public_pages(Page.objects.live(), request=request).values_list("pk", flat=True))
    assert again == expected and len(context.captured_queries) == 1  # the pages only, not the restrictions
    assert set(public_pages(Page.objects.live()).values_list("pk", flat=True)) == expected  # without a request


def _shown_on(client, project) -> tuple[bool, int]:
    """Whether the listing links to ``project``, and on how many other projects' pages it is linked."""
    url = project.get_url()
    listing = client.get(ProjectIndexPage.objects.get().get_url() + "?page_size=20").content.decode()
    others = ProjectPage.objects.live().exclude(pk=project.pk)
    return url in listing, sum(url in client.get(other.get_url()).content.decode() for other in others)


def test_a_private_project_is_neither_listed_nor_related(client, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    project = ProjectPage.objects.live().order_by("pk").first()
    listed, related = _shown_on(client, project)
    assert listed and related  # shown while public
    PageViewRestriction.objects.create(page=project, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert _shown_on(client, project) == (False, 0)
