"""Schemathesis against the portal's own OpenAPI document (``/api/schema/``), in-process on the WSGI
application and the test database: every documented operation, with data that fits the schema and
data that does not, must answer without a server error, with a documented status code, a documented
content type, documented headers and a body that matches its documented schema.

Reproducible: a fixed seed, derandomized Hypothesis and no example database."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import override_settings
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from inquiries import api
from inquiries.routing import NoAgencyError
from tests.inquiries.conftest import inquiry_payload
from tests.search import conftest as search_fixtures

# The search folder's fixtures (its conftest does not apply here): the demo indexed in either backend.
search_settings = search_fixtures.search_settings
_reset_search_health = search_fixtures._reset_search_health
db_index = search_fixtures.db_index
es_index = search_fixtures.es_index

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db, pytest.mark.smoke]

SEED = 20260706
MAX_EXAMPLES = 100
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        "generation": {"mode": "all", "max-examples": MAX_EXAMPLES, "deterministic": True, "database": "none"},
    }
)
HYPOTHESIS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,  # the database and settings are meant to be shared by all examples
    ],
)


SENDER = {"REMOTE_ADDR": "203.0.113.50"}  # Werkzeug sends no client address unless told
APP = get_wsgi_application()
# Loaded when the module is collected (the schema endpoint needs no database); schemathesis's lazy
# ``from_fixture`` loader does not work with pytest 9.
schema = schemathesis.openapi.from_wsgi("/api/schema/", APP, config=CONFIG)


@pytest.fixture(autouse=True)
def _requests_inside_the_test_transaction():
    """Like Django's test client, the handler must not close the connection after each request:
    the requests run inside the test's transaction."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def search_and_inquiries(db_index):
    """Search answered by the database fallback, and a rate limit high enough that valid inquiries
    reach the 201 answer (the 429 answer has its own test below)."""
    database = search_fixtures.search_backends(ELASTICSEARCH_URL="")
    with override_settings(PORTAL_SEARCH_BACKENDS=database, PORTAL_INQUIRY_RATE_LIMIT=10_000):
        yield


# allauth's headless API (/api/accounts/app/…) is allauth's own, described by allauth: tests/accounts/
# test_account_api_schema.py fuzzes it for server errors; the conformance checks here are for the portal's endpoints.
@schema.exclude(path_regex="^/api/accounts/app/").parametrize()
@HYPOTHESIS
def test_every_operation_conforms_to_the_schema(case, search_and_inquiries):
    case.call_and_validate(checks=CHECKS, environ_base=SENDER)


@pytest.fixture
def search_on_elasticsearch(es_index):
    with override_settings(
        PORTAL_SEARCH_BACKENDS=search_fixtures.search_backends(ELASTICSEARCH_URL=search_fixtures.es_url())
    ):
        yield


@pytest.mark.elasticsearch
@schema.include(path_regex="^/api/search/").parametrize()
@HYPOTHESIS
def test_search_on_elasticsearch_conforms_to_the_schema(case, search_on_elasticsearch):
    response = case.call_and_validate(checks=CHECKS, environ_base=SENDER)
    if response.status_code == 200:
        assert response.headers["x-search-backend"] != ["database"]  # answered by Elasticsearch, not failed over


def inquiry_case(**kwargs):
    return schema["/api/inquiries/"]["POST"].Case(media_type="application/json", **kwargs)


def call_and_validate(case, checks=CHECKS, **kwargs):
    response = case.call(environ_base=SENDER, **kwargs)
    case.validate_response(response, checks=checks)
    return response


def test_the_rate_limited_answer_conforms_to_the_schema(db):
    """Six valid inquiries from one address: the sixth gets the documented 429 with Retry-After."""
    with override_settings(PORTAL_INQUIRY_RATE_LIMIT=5):
        responses = [call_and_validate(inquiry_case(body=inquiry_payload())) for _ in range(6)]
    assert [response.status_code for response in responses] == [201] * 5 + [429]
    assert int(responses[-1].headers["retry-after"][0]) > 0
    assert responses[-1].json()["errors"]["__all__"]


def test_the_other_error_answers_conform_to_the_schema(db, monkeypatch):
    """The answers the fuzzer rarely reaches: a body over 64 KiB (413), a body that is not JSON (400),
    a JSON value that is not an object (400) and no agency to receive inquiries (503)."""

    huge = call_and_validate(inquiry_case(body=inquiry_payload(message="x" * 70_000)))
    assert huge.status_code == 413
    for raw in (b"{not json", b"\xff\xfe", b"[1, 2]", b"null", b""):
        answer = call_and_validate(inquiry_case(body=inquiry_payload()), data=raw)
        assert answer.status_code == 400, raw
    with override_settings(PORTAL_INQUIRY_RATE_LIMIT=10_000):
        monkeypatch.setattr(api, "inquiry_create", lambda **_: (_ for _ in ()).throw(NoAgencyError()))
        # A deliberate 503 (a configuration error): everything but "no 5xx" is checked.
        unavailable = call_and_validate(inquiry_case(body=inquiry_payload()), checks=CHECKS[1:])
    assert unavailable.status_code == 503
