"""Fixtures of the catalogue tests: the demo catalogue is loaded once per session (tests/conftest.py)."""

import pytest
from django.contrib.auth.models import Group

from investment.demo.loader import EDITORS_GROUP, MODERATORS_GROUP
from investment.models import Agency, OpportunityIndexPage, ProjectIndexPage, ZoneIndexPage

LANGS = ["vi", "en", "ja", "ko", "zh_hans"]


@pytest.fixture
def project_index(db):
    return ProjectIndexPage.objects.get()


@pytest.fixture
def opportunity_index(db):
    return OpportunityIndexPage.objects.get()


@pytest.fixture
def zone_index(db):
    return ZoneIndexPage.objects.get()


def _member(django_user_model, username: str, group_name: str):
    user = django_user_model.objects.create_user(username, f"{username}@example.com", None)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def agriculture(db):
    return Agency.objects.get(slug="agriculture")


@pytest.fixture
def itpc(db):
    return Agency.objects.get(slug="itpc")


@pytest.fixture
def agriculture_editor(db, django_user_model):
    return _member(django_user_model, "agri-editor", EDITORS_GROUP.format(slug="agriculture"))


@pytest.fixture
def moderator(db, django_user_model):
    return _member(django_user_model, "moderator-1", MODERATORS_GROUP)


def page_form_data(*, title: str, slug: str, agency, **overrides) -> dict:
    """POST data of the admin form of a project page (translated fields, empty StreamFields and formsets)."""
    data = {f"title_{code}": "" for code in LANGS}
    data.update(
        {
            "title_vi": title,
            "slug_vi": slug,
            "summary_vi": "Tóm tắt dự án thử nghiệm.",
            "status": "calling",
            "land_clearance": "not_started",
            "agency": str(agency.pk),
            "last_verified": "2026-01-10",
        }
    )
    for code in LANGS:
        data[f"description_{code}-count"] = "0"
    for prefix in ("comments", "gallery_images", "brochures"):
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(overrides)
    return data
