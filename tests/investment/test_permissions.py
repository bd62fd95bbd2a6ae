"""Agencies publish their own pages; the promotion centre's moderators approve. Proved through the admin's
HTTP views (create, edit, preview, submit, publish, delete) and the public API."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from investment.models import ProjectPage

from .conftest import page_form_data

pytestmark = [pytest.mark.usefixtures("catalogue"), pytest.mark.django_db]


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=("investment", "projectpage", index.pk))


def create_as(client, user, index, agency, slug, **extra):
    client.force_login(user)
    return client.post(add_url(index), page_form_data(title=f"Dự án {slug}", slug=slug, agency=agency, **extra))


def test_agency_editor_creates_a_draft_of_their_agency(client, agriculture_editor, project_index, agriculture):
    response = create_as(client, agriculture_editor, project_index, agriculture, "du-an-nong-nghiep")
    assert response.status_code == 302
    page = ProjectPage.objects.get(slug_vi="du-an-nong-nghiep")
    assert page.agency == agriculture and not page.live
    assert page.owner == agriculture_editor


def test_agency_editor_cannot_create_for_another_agency(client, agriculture_editor, project_index, itpc):
    response = create_as(client, agriculture_editor, project_index, itpc, "du-an-cua-itpc")
    assert response.status_code == 200  # the form comes back with an error
    assert "agency" in response.context["form"].errors
    assert not ProjectPage.objects.filter(slug_vi="du-an-cua-itpc").exists()


def test_agency_choice_is_limited_to_the_editors_agency(client, agriculture_editor, project_index, agriculture):
    client.force_login(agriculture_editor)
    response = client.get(add_url(project_index))
    assert response.status_code == 200
    assert list(response.context["form"].fields["agency"].queryset) == [agriculture]


def test_publish_is_refused_to_editors(client, agriculture_editor, project_index, agriculture):
    response = create_as(
        client, agriculture_editor, project_index, agriculture, "thu-xuat-ban", **{"action-publish": "action-publish"}
    )
    assert response.status_code in (200, 302)
    page = ProjectPage.objects.get(slug_vi="thu-xuat-ban")
    assert not page.live
    assert not page.permissions_for_user(agriculture_editor).can_publish()


def test_editor_edits_previews_and_submits_then_moderator_approves(
    client, agriculture_editor, moderator, project_index, agriculture
):
    create_as(client, agriculture_editor, project_index, agriculture, "quy-trinh-duyet")
    page = ProjectPage.objects.get(slug_vi="quy-trinh-duyet")
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    assert client.get(edit_url).status_code == 200
    data = page_form_data(title="Dự án đã sửa", slug="quy-trinh-duyet", agency=agriculture)
    assert client.post(reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,)), data).json()["is_valid"]
    assert client.get(reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:view_draft", args=(page.pk,))).status_code == 200

    response = client.post(edit_url, {**data, "action-submit": "action-submit"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.workflow_in_progress and not page.live
    assert page.current_workflow_state.workflow.name == "Moderation"
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404  # drafts never leak

    client.force_login(moderator)
    task_state = page.current_workflow_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    assert client.post(approve, {"comment": "OK"}).status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert page.title == "Dự án đã sửa"
    assert client.get(f"/api/v2/pages/{page.pk}/?lang=vi").json()["title"] == "Dự án đã sửa"


def test_other_agencys_page_is_refused_in_every_admin_view(client, agriculture_editor, itpc):
    page = ProjectPage.objects.filter(agency=itpc).first()
    client.force_login(agriculture_editor)
    refused = [
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        reverse("wagtailadmin_pages:view_draft", args=(page.pk,)),
        reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,)),
        reverse("wagtailadmin_pages:delete", args=(page.pk,)),
        reverse("wagtailadmin_pages:unpublish", args=(page.pk,)),
        reverse("wagtailadmin_pages:revisions_index", args=(page.pk,)),
        reverse("wagtailadmin_pages:copy", args=(page.pk,)),
    ]
    for url in refused:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert "/admin/login" not in response["Location"]  # refused, not merely logged out
    title = page.title_vi
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        page_form_data(title="Chiếm quyền", slug=page.slug_vi, agency=itpc),
    )
    assert response.status_code in (302, 403)
    for name in ("delete", "unpublish", "lock"):
        response = client.post(reverse(f"wagtailadmin_pages:{name}", args=(page.pk,)))
        assert response.status_code in (302, 403), name
    page.refresh_from_db()
    assert page.title_vi == title and page.live and page.locked is False
    assert Page.objects.filter(pk=page.pk).exists()


def test_permission_tester_rules(agriculture_editor, moderator, itpc, agriculture):
    own = ProjectPage.objects.filter(agency=agriculture).first()
    other = ProjectPage.objects.filter(agency=itpc).first()
    own_perms = own.permissions_for_user(agriculture_editor)
    assert own_perms.can_edit() and not own_perms.can_publish() and not own_perms.can_unpublish()
    other_perms = other.permissions_for_user(agriculture_editor)
    assert not other_perms.can_edit()
    assert not other_perms.can_delete() and not other_perms.can_lock() and not other_perms.can_copy()
    assert not other_perms.can_submit_for_moderation()
    assert other.permissions_for_user(moderator).can_publish()
    # Seen through a plain Page object as the admin listings do, the same rules apply.
    assert not Page.objects.get(pk=other.pk).permissions_for_user(agriculture_editor).can_edit()


def test_user_without_agency_cannot_edit(client, django_user_model, itpc):
    nobody = django_user_model.objects.create_user("nobody", "nobody@example.com", None)
    page = ProjectPage.objects.filter(agency=itpc).first()
    assert not page.permissions_for_user(nobody).can_edit()
    client.force_login(nobody)
    assert client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).status_code in (302, 403)


def test_api_never_shows_drafts_or_unpublished_pages(client, project_index):
    page = ProjectPage.objects.live().first()
    page.title_vi = "Bản nháp bí mật"
    page.save_revision()
    body = client.get(f"/api/v2/pages/{page.pk}/?lang=vi").json()
    assert body["title"] != "Bản nháp bí mật"
    page.unpublish()
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    listing = client.get("/api/v2/pages/?type=investment.ProjectPage&limit=100").json()
    assert page.pk not in {item["id"] for item in listing["items"]}
