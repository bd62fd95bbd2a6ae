import os

import pytest

from tests.live_server import portal_server

# The Playwright fixtures `browser` and `page` live in tests/conftest.py (shared with tests/inquiries).

# Playwright's sync API runs an event loop in this thread; the ORM calls made by fixtures are safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def live_portal(tmp_path_factory):
    with portal_server(tmp_path_factory.mktemp("live")) as url:
        yield url
