"""Schemathesis over the account part of /api/schema/ (allauth's headless API as allauth describes it, and the
personal-data endpoint), in-process on the WSGI application: whatever the input, no server error. The full
conformance checks of tests/hostile/test_api_schema.py cover the personal-data endpoint; allauth's answers are
allauth's (its specification is merged as it is)."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

pytestmark = pytest.mark.django_db

CONFIG = schemathesis.Config.from_dict(
    {"seed": 20261129, "generation": {"mode": "all", "max-examples": 10, "deterministic": True, "database": "none"}}
)
schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application(), config=CONFIG)


@pytest.fixture(autouse=True)
def _requests_inside_the_test_transaction():
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.include(path_regex="^/api/accounts/").parametrize()
@settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_the_account_api_never_answers_a_server_error(case):
    case.call_and_validate(checks=[not_a_server_error], environ_base={"REMOTE_ADDR": "203.0.113.60"})
