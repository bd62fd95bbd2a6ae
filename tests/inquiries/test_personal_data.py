import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from inquiries.models import Inquiry
from inquiries.selectors import percentile
from tests.factories.inquiries import InquiryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def old_and_new(agency_a, settings):
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency_a.slug
    old = InquiryFactory(
        kind="general", name="Old Sender", email="person@example.com", message="An old question here."
    ).inquiry
    Inquiry.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=400))
    new = InquiryFactory(
        kind="general", name="New Sender", email="person@example.com", message="A new question here."
    ).inquiry
    return old, new


def test_export_personal_data(old_and_new, tmp_path, capsys):
    out = tmp_path / "export.json"
    call_command("export_personal_data", "--email", "PERSON@example.com", "--output", str(out))
    data = json.loads(out.read_text())
    assert data["email"] == "PERSON@example.com"
    assert [item["name"] for item in data["inquiries"]] == ["Old Sender", "New Sender"]
    assert data["inquiries"][0]["consent_text_version"]
    assert any(e["kind"] == "acknowledgement" for e in data["inquiries"][0]["emails"])


def test_anonymise_older_than_retention(old_and_new, settings, capsys):
    old, new = old_and_new
    settings.PORTAL_INQUIRY_RETENTION_DAYS = 365
    call_command("anonymise_inquiries")
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.anonymised_at and old.name == "—" and "person@" not in old.email and old.message == "—"
    assert not old.emails.filter(body__contains="question").exists()
    assert new.anonymised_at is None and new.name == "New Sender"
    assert old.agency_id and old.created_at  # statistics still count it
    exported = json.loads(_export("person@example.com", capsys))
    assert [item["name"] for item in exported["inquiries"]] == ["New Sender"]


def _export(email, capsys):
    capsys.readouterr()
    call_command("export_personal_data", "--email", email)
    return capsys.readouterr().out


@pytest.mark.smoke
def test_percentile():
    assert percentile([], 0.5) is None
    assert percentile([3, 1, 2], 0.5) == 2
    assert percentile([1, 2, 3, 4], 0.5) == 2.5
    assert percentile(list(range(1, 11)), 0.9) == 9
    assert percentile([5], 0.9) == 5
