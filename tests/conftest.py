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
def admin_client(admin_user):
    """A separate signed-in client, so that a test can use ``client`` as an anonymous reader beside it."""
    from django.test import Client

    client = Client()
    client.force_login(admin_user)
    return client


def page_by_slug(model, slug_vi: str) -> Page:
    return model.objects.get(slug_vi=slug_vi)


# Playwright on Debian's Chromium (moved here from tests/browser/conftest.py, unchanged, so that other
# folders' browser journeys share the one session-wide browser).
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    page.on(
        "response",
        lambda response: response.status >= 400 and page.console_errors.append(f"{response.status} {response.url}"),
    )
    yield page
    context.close()
