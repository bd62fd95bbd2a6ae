"""Fixtures of the investor's-space tests: investors are ordinary non-staff users signed in with
``force_login``; catalogue pages come from the factories; the search backend is the database one, and the
pages published here are indexed through the real signal → task path."""

import pytest
from django.test import Client

from tests.factories.investment import OpportunityPageFactory, ProjectPageFactory, SectorFactory, ZonePageFactory

VERIFIED: set[str] = set()


def verified_in_tests(*, user, address: str) -> bool:
    """The check ``PORTAL_INVESTOR_EMAIL_CHECK`` points to in these tests: the addresses a test marks verified
    (what allauth's EmailAddress records after merge)."""
    return address.lower() in VERIFIED


@pytest.fixture(autouse=True)
def _space_settings(settings):
    settings.PORTAL_INVESTOR_EMAIL_CHECK = "tests.investors.conftest.verified_in_tests"
    settings.PORTAL_SEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database.DatabaseSearchBackend"}}
    VERIFIED.clear()
    yield
    VERIFIED.clear()


@pytest.fixture
def investor(db, django_user_model):
    return django_user_model.objects.create_user(
        "lotus", "buyer@lotusfoods.example.jp", "password", first_name="Aiko", last_name="Tanaka"
    )


@pytest.fixture
def investor_client(investor):
    client = Client()
    client.force_login(investor)
    return client


@pytest.fixture
def catalogue(db):
    """Two projects, an opportunity and a zone, published."""
    sector = SectorFactory(code="C10")
    return {
        "projects": [ProjectPageFactory(sectors=[sector]), ProjectPageFactory(sectors=[sector])],
        "opportunity": OpportunityPageFactory(),
        "zone": ZonePageFactory(),
        "sector": sector,
    }


# A real SMTP server on loopback and delivery through the outbox as the worker does it (tests/smtp.py).
from tests.inquiries.conftest import restore_database_after_module  # noqa: E402, F401
from tests.smtp import deliver, smtp_server  # noqa: E402, F401
