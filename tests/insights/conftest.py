"""A small world for the demand insights: two agencies, a project of each (with a sector), officers."""

import pytest
from django.core.cache import cache
from django.test import Client
from wagtail.users.models import UserProfile

from tests.factories.inquiries import OfficerFactory
from tests.factories.investment import AgencyFactory, ProjectPageFactory, SectorFactory


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()  # the beacon's per-minute counters live in the cache
    yield
    cache.clear()


@pytest.fixture
def world(db):
    agency_a = AgencyFactory(slug="agency-a", name={"vi": "Cơ quan A", "en": "Agency A"}, short_name="AA",
                             kind="promotion")  # fmt: skip
    agency_b = AgencyFactory(slug="agency-b", name={"vi": "Cơ quan B", "en": "Agency B"}, short_name="BB")
    mango = SectorFactory(name={"vi": "Xoài", "en": "Mango processing"})
    project_a = ProjectPageFactory(agency=agency_a, title={"vi": "Nhà máy xoài", "en": "Mango plant"}, sectors=[mango])
    project_b = ProjectPageFactory(agency=agency_b, title={"vi": "Cảng", "en": "River port"})
    return {
        "agency_a": agency_a,
        "agency_b": agency_b,
        "mango": mango,
        "project_a": project_a,
        "project_b": project_b,
        "officer_b": OfficerFactory(username="officer-b", agency=agency_b, first_name="", last_name=""),
    }


@pytest.fixture
def admin_client(admin_user):
    """The administrator, reading the admin in English (their profile's language)."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(admin_user)
    return client
