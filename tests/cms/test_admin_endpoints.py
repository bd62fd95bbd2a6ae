"""Admin endpoints that add-ons bring in, held to the admin's own rules (issue 12, item 13).

wagtail-modeltranslation's ``copy_translation_content`` (the "copy into another language" button of a
StreamField) answered any signed-in admin user about any page, and 500 for an unknown page; it is now
``cms.views.translation_copy``. Avatars come from no third-party service."""

import json

import pytest
from django.contrib.auth.models import Group

from tests.factories.inquiries import UserFactory
from tests.factories.investment import GroupFactory, ProjectPageFactory, grant_catalogue_publishing

pytestmark = pytest.mark.django_db

PARAGRAPH = [
    {"name": "description_vi-count", "value": "1"},
    {"name": "description_vi-0-type", "value": "paragraph"},
    {"name": "description_vi-0-deleted", "value": ""},
    {"name": "description_vi-0-order", "value": "0"},
    {"name": "description_vi-0-id", "value": "c0ffee00-0000-4000-8000-000000000001"},
    {"name": "description_vi-0-value", "value": '{"blocks":[{"key":"a","text":"Xin chào","type":"unstyled",'
     '"depth":0,"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}'},
]  # fmt: skip


def copy_url(page_id) -> str:
    return f"/admin/pages/{page_id}/edit/copy_translation_content/"


def copy_body(origin="description_vi", target="description_en", serialized=PARAGRAPH) -> dict:
    return {"origin_field_name": origin, "target_field_name": target, "serializedOriginField": json.dumps(serialized)}


@pytest.fixture
def project():
    page = ProjectPageFactory()
    grant_catalogue_publishing([page.agency])
    return page


@pytest.fixture
def editor(project):
    user = UserFactory()
    user.groups.add(project.agency.editors)
    return user


@pytest.fixture
def outsider():
    """Signs in to the admin, holds no page rights."""
    user = UserFactory()
    user.groups.add(GroupFactory(name="Admin access only"))
    return user


def xhr(client, url, data=None):
    return client.post(url, data or {}, headers={"X-Requested-With": "XMLHttpRequest"})


def test_copying_a_translation_needs_the_right_to_edit_the_page(client, project, editor, outsider):
    client.force_login(outsider)
    assert xhr(client, copy_url(project.pk), copy_body()).status_code == 403

    client.force_login(editor)
    response = xhr(client, copy_url(project.pk), copy_body())
    assert response.status_code == 200
    html = json.loads(response.content)
    assert 'name="description_en-count"' in html or "description_en" in html
    assert "Xin ch" in html  # the paragraph, now under the English field's name


def test_another_agencys_editor_is_refused(client, project):
    other = UserFactory()
    other_group = Group.objects.get(name__startswith="Catalogue editors")  # the project's agency's group
    other_project = ProjectPageFactory()
    grant_catalogue_publishing([other_project.agency])
    other.groups.add(other_project.agency.editors)
    assert other_group != other_project.agency.editors
    client.force_login(other)
    assert xhr(client, copy_url(project.pk), copy_body()).status_code == 403


@pytest.mark.parametrize("page_id", ["999999", "99999999999999999999999", "١٢٣"])
def test_an_unknown_page_is_a_404(client, editor, page_id):
    client.force_login(editor)
    assert xhr(client, copy_url(page_id), copy_body()).status_code == 404


def test_only_post_with_the_csrf_token(client, project, editor):
    client.force_login(editor)
    assert client.get(copy_url(project.pk)).status_code == 405
    checked = type(client)(enforce_csrf_checks=True)
    checked.force_login(editor)
    assert xhr(checked, copy_url(project.pk), copy_body()).status_code == 403


@pytest.mark.parametrize(
    "body",
    [
        {},
        copy_body(target="title_en"),
        copy_body(origin="description_vi", target="description_vi"),
        copy_body(target="no_such_field"),
        {**copy_body(), "serializedOriginField": "{not json"},
        {**copy_body(), "serializedOriginField": json.dumps({"name": "x"})},
        {**copy_body(), "serializedOriginField": json.dumps([1, 2])},
    ],
)
def test_malformed_requests_are_a_400(client, project, editor, body):
    client.force_login(editor)
    assert xhr(client, copy_url(project.pk), body).status_code == 400


def test_admin_pages_load_no_avatar_from_a_third_party(client, editor):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()


@pytest.mark.parametrize("destination", [None, "", "abc", "999999", "1" * 30])
def test_copying_a_page_without_a_valid_destination_is_a_400(client, project, editor, destination):
    """The copy form (wagtail-modeltranslation's) read the destination before validating it: 500."""
    client.force_login(editor)
    url = f"/admin/pages/{project.pk}/copy/"
    assert client.get(url).status_code == 200
    data = {} if destination is None else {"new_parent_page": destination}
    assert client.post(url, data).status_code == 400
