"""Shared fixtures. The demo site is loaded once per test database; each test runs in a
transaction that is rolled back, so every test starts from the same demo content."""

import pytest
from django.core.management import call_command
from wagtail.models import Page


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", "--no-index", verbosity=0)


@pytest.fixture
def home(db):
    from cms.models import HomePage

    return HomePage.objects.get()


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.com", "password")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def page_by_slug(model, slug_vi: str) -> Page:
    return model.objects.get(slug_vi=slug_vi)
