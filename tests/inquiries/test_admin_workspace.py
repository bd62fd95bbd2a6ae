"""The agency workspace: officers see and change only their agency's inquiries, through every path."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.http import Http404
from django.test import RequestFactory
from django.utils import timezone
from wagtail.admin.menu import admin_menu

from inquiries.models import Inquiry, InquiryEvent, InquiryStatus, OutgoingEmail, ReplyTemplate, RoutingRule
from inquiries.selectors import inquiry_get_for_user, inquiry_list_for_user
from inquiries.services import inquiry_create, inquiry_set_status
from inquiries.views.admin import csv_safe

from .conftest import make_officer

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db]


@pytest.fixture
def inquiry_a(agency_a, officer_a, settings):
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency_a.slug
    RoutingRule.objects.all().delete()
    return inquiry_create(
        kind="investment", name="=HYPERLINK(\"http://evil.example\")", email="investor@example.jp",
        message="Please send the land prices.", language="ja", country="JP", organisation="+Org",
    ).inquiry  # fmt: skip


def login(client, user):
    client.force_login(user)
    return client


ACTIONS = ["acknowledge", "owner", "status", "note", "reply", "hand-over", "retry-email"]


def test_other_agency_cannot_read_or_change(client, inquiry_a, officer_b, agency_b):
    login(client, officer_b)
    pk = inquiry_a.pk
    assert client.get(f"/admin/inquiries/{pk}/").status_code == 404
    before = list(inquiry_a.events.values_list("pk", flat=True))
    for action in ACTIONS:
        response = client.post(
            f"/admin/inquiries/{pk}/{action}/",
            {"text": "hijack", "status": "closed", "agency": agency_b.pk, "reason": "mine", "owner": officer_b.pk},
        )
        assert response.status_code == 404, action
    inquiry = Inquiry.objects.get(pk=pk)
    assert inquiry.agency_id == inquiry_a.agency_id and inquiry.status == inquiry_a.status
    assert list(inquiry.events.values_list("pk", flat=True)) == before
    listing = client.get("/admin/inquiries/")
    row = f'data-reference="{inquiry_a.reference}"'
    assert listing.status_code == 200 and row not in listing.content.decode()
    search = client.get("/admin/inquiries/", {"q": inquiry_a.reference, "agency": inquiry_a.agency.slug})
    assert row not in search.content.decode()
    export = client.get("/admin/inquiries/?export=csv").content.decode()
    assert inquiry_a.reference not in export
    dashboard = client.get("/admin/inquiries/dashboard/").content.decode()
    assert str(inquiry_a.agency) not in dashboard or "agency-a" not in dashboard
    outbox = client.get("/admin/inquiries/outbox/")
    assert outbox.status_code in (302, 403) and inquiry_a.reference not in outbox.content.decode()


def test_non_officer_and_anonymous_are_refused(client, inquiry_a, django_user_model):
    assert client.get("/admin/inquiries/").status_code == 302  # to the login page
    assert client.get(f"/admin/inquiries/{inquiry_a.pk}/").status_code == 302
    editor = django_user_model.objects.create_user("editor", "e@example.com", "pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    login(client, editor)

    def refused(response):  # Wagtail answers "permission denied" by a redirect to the dashboard with a message
        return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")

    assert refused(client.get("/admin/inquiries/"))
    assert refused(client.get(f"/admin/inquiries/{inquiry_a.pk}/"))
    assert refused(client.get("/admin/inquiries/?export=csv"))
    assert refused(client.post(f"/admin/inquiries/{inquiry_a.pk}/note/", {"text": "x"}))
    assert not inquiry_a.events.filter(kind="note").exists()


def test_officer_workspace_flow(client, inquiry_a, officer_a, agency_b, django_capture_on_commit_callbacks):
    login(client, officer_a)
    listing = client.get("/admin/inquiries/")
    assert inquiry_a.reference in listing.content.decode()
    assert inquiry_a.reference in client.get("/admin/inquiries/", {"q": "investor@example"}).content.decode()
    assert inquiry_a.reference not in client.get("/admin/inquiries/", {"status": "closed"}).content.decode()
    detail = client.get(f"/admin/inquiries/{inquiry_a.pk}/")
    assert detail.status_code == 200 and "Please send the land prices." in detail.content.decode()
    # Internal note: on the timeline, not public.
    client.post(f"/admin/inquiries/{inquiry_a.pk}/note/", {"text": "Call them on Monday."})
    note = inquiry_a.events.get(kind=InquiryEvent.Kind.NOTE)
    assert note.actor == officer_a and not note.is_public
    # Status change.
    client.post(f"/admin/inquiries/{inquiry_a.pk}/status/", {"status": "in_progress"})
    assert Inquiry.objects.get(pk=inquiry_a.pk).status == InquiryStatus.IN_PROGRESS
    # A reply composed from the template in the inquiry's language, sent through the outbox.
    template = ReplyTemplate.objects.create(title="Land", body_ja="{name} 様、{reference} の件です。")
    prefilled = client.get(f"/admin/inquiries/{inquiry_a.pk}/", {"template": template.pk}).content.decode()
    assert f"{inquiry_a.reference} の件です" in prefilled
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/inquiries/{inquiry_a.pk}/reply/", {"text": f"{inquiry_a.reference} の件です。"})
    inquiry = Inquiry.objects.get(pk=inquiry_a.pk)
    assert inquiry.status == InquiryStatus.ANSWERED and inquiry.first_reply_at
    reply = inquiry.emails.get(kind=OutgoingEmail.Kind.REPLY)
    assert reply.status == OutgoingEmail.Status.SENT and reply.to == ["investor@example.jp"]
    assert any(m.to == ["investor@example.jp"] and "の件です" in m.body for m in mail.outbox)
    # Hand-over: the inquiry leaves this workspace, its history goes with it.
    response = client.post(f"/admin/inquiries/{inquiry_a.pk}/hand-over/", {"agency": agency_b.pk, "reason": "Land"})
    assert response.status_code == 302
    assert client.get(f"/admin/inquiries/{inquiry_a.pk}/").status_code == 404
    assert Inquiry.objects.get(pk=inquiry_a.pk).events.count() > 5


def test_csv_export_guards_against_formulas(client, inquiry_a, officer_a):
    login(client, officer_a)
    response = client.get("/admin/inquiries/?export=csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    row = next(r for r in rows if r and r[0] == inquiry_a.reference)
    assert row[6].startswith("'=") and row[8].startswith("'+")


def test_overdue_stands_out(client, inquiry_a, officer_a):
    Inquiry.objects.filter(pk=inquiry_a.pk).update(reply_due_at=timezone.now() - timezone.timedelta(hours=1))
    login(client, officer_a)
    page = client.get("/admin/inquiries/", {"overdue": "1"}).content.decode()
    assert inquiry_a.reference in page and "inquiry-overdue" in page
    assert Inquiry.objects.overdue().filter(pk=inquiry_a.pk).exists()


def test_superuser_sees_every_agency(admin_client, inquiry_a):
    assert inquiry_a.reference in admin_client.get("/admin/inquiries/").content.decode()
    assert admin_client.get(f"/admin/inquiries/{inquiry_a.pk}/").status_code == 200
    assert admin_client.get("/admin/inquiries/outbox/").status_code == 200
    assert admin_client.get("/admin/inquiry-routing-rules/").status_code == 200
    assert admin_client.get("/admin/inquiry-reply-templates/").status_code == 200


def test_dashboard_counts_with_svg_charts(client, inquiry_a, officer_a):
    login(client, officer_a)
    response = client.get("/admin/inquiries/dashboard/")
    content = response.content.decode()
    assert response.status_code == 200
    assert content.count("<svg") >= 5 and "<script" not in content.split("inquiry-dashboard")[1]
    assert 'data-agency="agency-a"' in content


def test_absence_form(client, officer_a, agency_a):
    colleague = make_officer(agency_a, "colleague")
    login(client, officer_a)
    today = timezone.localdate()
    response = client.post(
        "/admin/inquiries/absences/new/",
        {"backup": colleague.pk, "starts_on": today.isoformat(), "ends_on": today.isoformat(), "note": "Leave"},
    )
    assert response.status_code == 302
    assert officer_a.absences.get().backup == colleague
    listing = client.get("/admin/inquiries/absences/").content.decode()
    assert "colleague" in listing and "Leave" in listing


def test_selectors_scope_to_the_users_agencies(inquiry_a, officer_a, officer_b):
    assert list(inquiry_list_for_user(user=officer_a)) == [inquiry_a]
    assert not inquiry_list_for_user(user=officer_b).exists()
    assert inquiry_get_for_user(user=officer_a, pk=inquiry_a.pk) == inquiry_a
    with pytest.raises(Http404):
        inquiry_get_for_user(user=officer_b, pk=inquiry_a.pk)


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+Org", "'+Org"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rReturn", "'\rReturn"),
        ("Plain = text", "Plain = text"),
        ("", ""),
        (None, ""),
        (4, "4"),
    ],
)
def test_csv_safe(value, cell):
    assert csv_safe(value) == cell


def test_xlsx_export_keeps_text_as_text(client, inquiry_a, officer_a):
    login(client, officer_a)
    response = client.get("/admin/inquiries/", {"export": "xlsx"})
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, *rows = list(sheet.iter_rows())
    assert len(header) == 16
    row = next(r for r in rows if r[0].value == inquiry_a.reference)
    assert row[6].value == inquiry_a.name and row[6].data_type == "s"  # a string cell, never a formula
    assert row[8].value == "+Org" and row[8].data_type == "s"
    assert row[1].is_date  # a real date, not text


def test_export_follows_the_filters(client, inquiry_a, officer_a):
    login(client, officer_a)
    assert (
        inquiry_a.reference in client.get("/admin/inquiries/", {"export": "csv", "kind": "investment"}).content.decode()
    )
    assert (
        inquiry_a.reference
        not in client.get("/admin/inquiries/", {"export": "csv", "status": "closed"}).content.decode()
    )
    assert inquiry_a.reference not in client.get("/admin/inquiries/", {"export": "csv", "q": "nobody"}).content.decode()


def test_filters_narrow_the_listing(client, inquiry_a, officer_a, agency_a, agency_b):
    officer_a.groups.add(agency_b.officers)  # an officer of two agencies gets the agency filter
    login(client, officer_a)
    row = f'data-reference="{inquiry_a.reference}"'

    def shows(**params):
        return row in client.get("/admin/inquiries/", params).content.decode()

    assert shows() and shows(status="acknowledged") and not shows(status="closed")
    assert shows(kind="investment") and not shows(kind="general")
    assert shows(agency=agency_a.slug) and not shows(agency=agency_b.slug)
    assert shows(mine="1")  # the inquiry went to the only officer of agency A
    assert not shows(overdue="1")
    assert shows(q="land prices") and shows(q=inquiry_a.reference) and not shows(q="nothing like it")
    # A bad value drops that filter alone; the others still apply.
    assert shows(status="bogus", kind="investment") and not shows(status="bogus", kind="general")
    assert shows(overdue="bogus", mine="1")


def test_filters_keep_another_agency_out(client, inquiry_a, officer_b, agency_a):
    login(client, officer_b)
    for params in ({"agency": agency_a.slug}, {"q": inquiry_a.reference}, {"status": inquiry_a.status}):
        assert f'data-reference="{inquiry_a.reference}"' not in client.get("/admin/inquiries/", params).content.decode()
        assert inquiry_a.reference not in client.get("/admin/inquiries/", {**params, "export": "csv"}).content.decode()


def menu_urls(user) -> list[str] | None:
    """The URLs of the "Inquiries" submenu as ``user`` sees it, or None when the group is hidden."""
    request = RequestFactory().get("/admin/")
    request.user = user
    group = next((item for item in admin_menu.menu_items_for_request(request) if item.name == "inquiries"), None)
    return None if group is None else [item.url for item in group.menu.menu_items_for_request(request)]


def test_the_menu_shows_what_the_user_may_use(inquiry_a, officer_a, admin_user, django_user_model):
    assert menu_urls(officer_a) == ["/admin/inquiries/", "/admin/inquiries/dashboard/", "/admin/inquiries/absences/"]
    assert menu_urls(admin_user) == [
        "/admin/inquiries/",
        "/admin/inquiries/dashboard/",
        "/admin/inquiries/absences/",
        "/admin/inquiries/outbox/",
        "/admin/inquiry-routing-rules/",
        "/admin/inquiry-reply-templates/",
        "/admin/inquiry-officer-profiles/",
        "/admin/inquiry-office-closures/",
    ]
    access = Permission.objects.get(codename="access_admin")
    editor = django_user_model.objects.create_user("editor", "e@example.com", "pw")
    editor.user_permissions.add(access)
    assert menu_urls(editor) is None
    leader = django_user_model.objects.create_user("leader-test", "l@example.com", "pw")
    leader.user_permissions.add(access, Permission.objects.get(codename="view_inquiry_statistics"))
    assert menu_urls(leader) == ["/admin/inquiries/dashboard/"]
    rules = Permission.objects.get(codename="change_routingrule")
    editor.user_permissions.add(rules)
    editor = django_user_model.objects.get(pk=editor.pk)  # fresh permission cache
    assert menu_urls(editor) == ["/admin/inquiry-routing-rules/"]


def test_statistics_of_every_agency_for_the_leadership(client, inquiry_a, django_user_model, agency_b):
    leader = django_user_model.objects.create_user("leader-test", "l@example.com", "pw")
    leader.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "view_inquiry_statistics"]))
    login(client, leader)
    page = client.get("/admin/inquiries/dashboard/").content.decode()
    assert 'data-agency="agency-a"' in page and 'data-agency="agency-b"' not in page  # rows: agencies with inquiries
    assert client.get("/admin/inquiries/").status_code == 302  # the statistics, not the inquiries
    assert client.get(f"/admin/inquiries/{inquiry_a.pk}/").status_code == 302


def test_outbox_retry(admin_client, client, inquiry_a, officer_a):
    email = inquiry_a.emails.first()
    OutgoingEmail.objects.filter(pk=email.pk).update(status=OutgoingEmail.Status.FAILED, attempts=5)
    login(client, officer_a)  # an officer of one agency does not see the portal's outbox
    assert client.post(f"/admin/inquiries/outbox/{email.pk}/retry/").status_code == 302
    assert OutgoingEmail.objects.get(pk=email.pk).status == OutgoingEmail.Status.FAILED
    page = admin_client.get("/admin/inquiries/outbox/", {"status": "failed"}).content.decode()
    assert f"/admin/inquiries/outbox/{email.pk}/retry/" in page
    response = admin_client.post(f"/admin/inquiries/outbox/{email.pk}/retry/")
    assert response.status_code == 302 and response["Location"] == "/admin/inquiries/outbox/"
    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.PENDING and email.attempts == 0
    assert admin_client.post("/admin/inquiries/outbox/999999999/retry/").status_code == 404


def test_actions_answer_get_with_405_and_bad_input_with_a_message(client, inquiry_a, officer_a):
    login(client, officer_a)
    for action in ACTIONS:
        assert client.get(f"/admin/inquiries/{inquiry_a.pk}/{action}/").status_code == 405, action
    before = inquiry_a.events.count()
    response = client.post(f"/admin/inquiries/{inquiry_a.pk}/note/", {"text": ""}, follow=True)
    assert response.status_code == 200 and inquiry_a.events.count() == before
    assert client.post(f"/admin/inquiries/{inquiry_a.pk}/retry-email/", {"email": "x²"}).status_code == 404
    inquiry_set_status(inquiry=inquiry_a, status=InquiryStatus.CLOSED, actor=officer_a)
    assert "inquiry-hand-over-form" not in client.get(f"/admin/inquiries/{inquiry_a.pk}/").content.decode()
