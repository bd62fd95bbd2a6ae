"""Admin metadata across agencies (issue 12, item 8): an agency editor saw another agency's draft titles in
the explorer, the admin search, the admin pages API and the site history; an inquiry officer with no page
rights saw them in the page chooser, its search and the translation-status report. Each is now scoped to the
pages the user may explore (``investment.permissions.AgencyPagePermissionPolicy``, ``cms.admin_pages``)."""

import pytest
from django.test import Client

from tests.factories.inquiries import OfficerFactory
from tests.factories.investment import ProjectPageFactory

pytestmark = [pytest.mark.usefixtures("catalogue"), pytest.mark.django_db]

SECRET = "Bản nháp bí mật ITPC"
OURS = "Bản nháp nông nghiệp"


@pytest.fixture
def drafts(itpc, agriculture):
    theirs = ProjectPageFactory(agency=itpc, title=SECRET, live=False)
    ours = ProjectPageFactory(agency=agriculture, title=OURS, live=False)
    return theirs, ours


def as_user(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def text(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_an_editor_sees_only_their_agencys_drafts(agriculture_editor, moderator, drafts, project_index):
    theirs, _ours = drafts
    editor = as_user(agriculture_editor)
    views = {
        "explorer": f"/admin/pages/{project_index.pk}/",
        "search": "/admin/pages/search/?q=nháp",
        "pages API": f"/admin/api/main/pages/?child_of={project_index.pk}&for_explorer=1&limit=100",
        "site history": "/admin/reports/site-history/",
    }
    for name, url in views.items():
        shown = text(editor.get(url))
        assert SECRET not in shown, name
        assert OURS in shown, name
    assert editor.get(f"/admin/pages/{theirs.pk}/edit/").status_code in (302, 403)

    moderating = as_user(moderator)  # the promotion centre's moderators still see every agency's pages
    for name in ("explorer", "search"):
        assert SECRET in text(moderating.get(views[name])), name


def test_an_officer_sees_no_draft_in_the_chooser_or_the_reports(agriculture, drafts, project_index):
    officer = as_user(OfficerFactory(agency=agriculture))
    live_title = project_index.get_children().live().first().title
    browse = officer.get(f"/admin/choose-page/{project_index.pk}/")
    assert browse.status_code == 200
    html = browse.json()["html"]
    assert live_title in html
    assert SECRET not in html and OURS not in html
    searched = text(officer.get("/admin/choose-page/search/", {"q": "nháp"}))
    assert SECRET not in searched and OURS not in searched
    report = text(officer.get("/admin/translation-status/"))
    assert SECRET not in report and OURS not in report


def test_an_editor_chooses_their_own_drafts_but_no_one_elses(agriculture_editor, drafts, project_index):
    editor = as_user(agriculture_editor)
    html = editor.get(f"/admin/choose-page/{project_index.pk}/").json()["html"]
    assert OURS in html and SECRET not in html


@pytest.mark.parametrize("action", ["delete", "move", "publish", "unpublish"])
def test_bulk_action_pages_name_no_page_the_user_may_not_see(agriculture_editor, agriculture, drafts, action):
    theirs, ours = drafts
    url = f"/admin/bulk/wagtailcore/page/{action}/?id={theirs.pk}&id={ours.pk}&next=/admin/"
    shown = text(as_user(agriculture_editor).get(url))
    assert SECRET not in shown and OURS in shown
    shown = text(as_user(OfficerFactory(agency=agriculture)).get(url))
    assert SECRET not in shown and OURS not in shown


def test_the_workflow_cancellation_step_names_no_page_the_user_may_not_edit(
    itpc, agriculture_editor, moderator, project_index
):
    """Wagtail's confirmation before publishing a page in moderation told any admin user the page's
    workflow and task; only who may edit the page gets it now."""
    page = ProjectPageFactory(agency=itpc, title=SECRET, live=False)
    workflow = page.get_workflow()
    assert workflow is not None
    workflow.start(page, moderator)
    url = f"/admin/pages/workflow/confirm_cancellation/{page.pk}/"
    refused = as_user(agriculture_editor).get(url)
    assert refused.status_code == 404
    assert SECRET not in refused.content.decode() and workflow.name not in refused.content.decode()
    allowed = as_user(moderator).get(url)
    assert allowed.status_code == 200
    assert allowed.json()["step"] == "confirm" and workflow.name in allowed.json()["html"]
