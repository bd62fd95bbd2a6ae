"""The agency workspace: officers see and change only their agency's inquiries, through every path."""

import csv
import io

import pytest
from django.core import mail
from django.utils import timezone

from inquiries.models import Inquiry, InquiryEvent, InquiryStatus, OutgoingEmail, ReplyTemplate
from inquiries.services import inquiry_create

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db]


@pytest.fixture
def inquiry_a(agency_a, officer_a, settings):
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency_a.slug
    from inquiries.models import RoutingRule

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
    export = client.get("/admin/inquiries/export.csv").content.decode()
    assert inquiry_a.reference not in export
    dashboard = client.get("/admin/inquiries/dashboard/").content.decode()
    assert str(inquiry_a.agency) not in dashboard or "agency-a" not in dashboard
    outbox = client.get("/admin/inquiries/outbox/")
    assert outbox.status_code in (302, 403) and inquiry_a.reference not in outbox.content.decode()


def test_non_officer_and_anonymous_are_refused(client, inquiry_a, django_user_model):
    assert client.get("/admin/inquiries/").status_code == 302  # to the login page
    assert client.get(f"/admin/inquiries/{inquiry_a.pk}/").status_code == 302
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("editor", "e@example.com", "pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    login(client, editor)

    def refused(response):  # Wagtail answers "permission denied" by a redirect to the dashboard with a message
        return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")

    assert refused(client.get("/admin/inquiries/"))
    assert refused(client.get(f"/admin/inquiries/{inquiry_a.pk}/"))
    assert refused(client.get("/admin/inquiries/export.csv"))
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
    template = ReplyTemplate.objects.create(title="Land", language="ja", body="{name} 様、{reference} の件です。")
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
    response = client.get("/admin/inquiries/export.csv")
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
    from .conftest import make_officer

    colleague = make_officer(agency_a, "colleague")
    login(client, officer_a)
    today = timezone.localdate()
    response = client.post(
        "/admin/inquiries/absences/",
        {"backup": colleague.pk, "starts_on": today.isoformat(), "ends_on": today.isoformat(), "note": "Leave"},
    )
    assert response.status_code == 302
    assert officer_a.absences.get().backup == colleague
