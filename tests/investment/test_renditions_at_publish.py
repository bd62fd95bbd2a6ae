"""Renditions are made by the task worker when a page is published (cms/renditions.py), not by its first reader:
after a publish, with the worker run as tests run tasks (on commit, the immediate backend), the first uncached
render of the page, of its listing and of its fact sheet creates no rendition."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from cms.page_cache import forget_generation_memo
from cms.renditions import page_rendition_specs
from tests.factories.cms import ImageFactory
from tests.factories.investment import ProjectPageFactory

pytestmark = [pytest.mark.usefixtures("catalogue"), pytest.mark.django_db]

Rendition = get_image_model().get_rendition_model()


@pytest.fixture(autouse=True)
def uncached(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    settings.PORTAL_RENDER_CACHE_SECONDS = 0
    caches["pages"].clear()
    forget_generation_memo()


def _render(client, url: str) -> list[str]:
    """The SQL of one render that writes a rendition."""
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in context.captured_queries if '"wagtailimages_rendition"' in query["sql"]]


def _new_project(**extra):
    project = ProjectPageFactory(main_image=ImageFactory(), gallery=2, **extra)
    images = [project.main_image.pk, *project.gallery_images.values_list("image_id", flat=True)]
    Rendition.objects.filter(image_id__in=images).delete()  # as an editor's new images: none made yet
    return project, images


def test_the_worker_makes_the_renditions_the_first_render_would_make(client, django_capture_on_commit_callbacks):
    project, images = _new_project()
    listing = project.get_parent().url
    assert client.get(listing).status_code == 200  # the other projects' cards are made (not published here)
    with django_capture_on_commit_callbacks(execute=True):
        project.save_revision().publish()
    made = Rendition.objects.filter(image_id__in=images).count()
    # The main image: detail 2 widths × 2 formats, card 2 formats, fact sheet 1; each gallery image 2 sizes × 2.
    assert made == 4 + 2 + 1 + 2 * 4
    Rendition.cache_backend.clear()  # Wagtail's rendition cache: the render must find them in the database

    for url in (project.url, f"{project.url}fact-sheet/", listing):  # the listing shows it first (the newest)
        writes = _render(client, url)
        assert not [sql for sql in writes if sql.startswith("INSERT")], url
    assert Rendition.objects.filter(image_id__in=images).count() == made  # the renders created none


def test_without_the_worker_the_render_still_makes_them(client, django_capture_on_commit_callbacks):
    """Nothing depends on the task: unpublished work (the worker behind or down) is made by the render."""
    project, images = _new_project()
    project.save_revision().publish()  # its on-commit callbacks never run: no task
    assert not Rendition.objects.filter(image_id__in=images).exists()
    writes = _render(client, project.url)
    assert [sql for sql in writes if sql.startswith("INSERT")]
    assert Rendition.objects.filter(image_id__in=images).exists()


def test_a_second_publish_opens_no_image(django_capture_on_commit_callbacks):
    """Renditions that exist are found in one query per image; nothing is generated again."""
    project, images = _new_project()
    with django_capture_on_commit_callbacks(execute=True):
        project.save_revision().publish()
    before = set(Rendition.objects.filter(image_id__in=images).values_list("pk", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        project.save_revision().publish()
    assert set(Rendition.objects.filter(image_id__in=images).values_list("pk", flat=True)) == before


def test_the_declared_specs_are_those_of_the_templates():
    """Each spec a page declares is written in a template's image tag, as the tag writes it."""
    project, _images = _new_project()
    specs = {spec for _image, wanted in page_rendition_specs(project) for spec in wanted}
    assert specs == {
        "width-640|format-webp", "width-640|format-jpeg", "width-1200|format-webp", "width-1200|format-jpeg",
        "fill-480x270|format-webp", "fill-480x270|format-jpeg", "fill-480x300|format-jpeg",
        "fill-400x300|format-webp", "fill-400x300|format-jpeg", "fill-800x600|format-webp", "fill-800x600|format-jpeg",
    }  # fmt: skip
