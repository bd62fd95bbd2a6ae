"""Shared fixtures.

Most tests build the small world they need with the factories of ``tests/factories`` (each test runs
in a transaction that is rolled back). Tests about the demo itself, and the browser, fault, hostile-input
and search-contract tests that want a full site, ask for ``demo``: the whole demo content, loaded once
per test database when the first of them runs. Tests that ask for it run after all the others, so the
factory-built tests always start from an empty catalogue (only what migrations create), whatever order
the files were given in.
"""

import os

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import Client
from playwright.sync_api import sync_playwright
from wagtail.models import Page

from cms.models import HomePage
from inquiries.outbox import forget_sweep_memo
from tests.factories import reseed

DEMO = "demo"


@pytest.fixture(scope="session")
def demo(django_db_setup, django_db_blocker):
    """The demo content (``load_demo --no-index``), committed once for the rest of the session."""
    with django_db_blocker.unblock():
        if connection.in_atomic_block:
            # Asked for with request.getfixturevalue() inside a test's transaction: the load would be rolled
            # back with that test and every later demo test would find an empty site.
            raise RuntimeError("Ask for the demo fixture by name (or through a fixture naming it), not dynamically.")
        call_command("load_demo", "--no-index", verbosity=0)


def pytest_collection_modifyitems(session, config, items):
    """Tests that use the demo run last (a stable sort: the order among the others is kept)."""
    items.sort(key=lambda item: DEMO in getattr(item, "fixturenames", ()))


@pytest.fixture(autouse=True)
def _reproducible_world():
    """Fake data from the same seed in every test; no cached value (site root paths, renditions, the outbox's sweep…)
    outlives the transaction that made it."""
    reseed()
    yield
    for name in ("default", "pages"):
        caches[name].clear()
    forget_sweep_memo()  # a sweep seen waiting in one test's transaction is gone in the next


@pytest.fixture
def home(demo, db):

    return HomePage.objects.get()


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.com", "password")


@pytest.fixture
def admin_client(admin_user):
    """A separate signed-in client, so that a test can use ``client`` as an anonymous reader beside it."""

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

    # Playwright's sync API keeps an event loop running in this thread until the session ends; the ORM
    # calls of later tests and fixtures (the demo load among them) are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

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
