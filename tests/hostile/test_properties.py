"""Property-based tests with hostile input: whatever a client sends to the search API, the search
page or the inquiry API, the answer is a documented one (never a server error), its body has the
documented shape, and an accepted inquiry is stored exactly as sent, with no user input in a mail header.

Reproducible: derandomized Hypothesis, no example database, a bounded number of examples."""

import email
import email.policy
import html
import json
from urllib.parse import urlencode

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.test import override_settings
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from inquiries.models import Inquiry
from search import health
from search.documents import search_types
from search.params import SORTS, STATUSES
from tests.inquiries.conftest import inquiry_payload
from tests.search import conftest as search_fixtures
from tests.search.conftest import es_url

# The search folder's fixtures (its conftest does not apply here): the demo indexed in both backends.
search_settings = search_fixtures.search_settings
_reset_search_health = search_fixtures._reset_search_health
db_index = search_fixtures.db_index
es_index = search_fixtures.es_index
backend = search_fixtures.backend

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db, pytest.mark.smoke]

HYPOTHESIS = settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,  # the client, the database and the settings serve every example
    ],
)
LANGUAGES = [code for code, _ in django_settings.LANGUAGES]
RESULT_KEYS = {"type", "id", "title", "url", "summary", "highlight", "sector", "location", "capital_usd", "status"}
FACET_NAMES = {"type", "sector", "location", "status"}
SEARCH_PARAMS = (
    "q",
    "lang",
    "type",
    "sector",
    "location",
    "status",
    "capital_min",
    "capital_max",
    "near",
    "radius_km",
    "sort",
    "page",
    "page_size",
)

# Hostile text ------------------------------------------------------------------------------------

NASTY = [
    "Đồng Tháp",
    "ĐỒNG THÁP",
    "dương đường duong",
    "xoài",
    "xoa\u0300i",  # decomposed diacritic (NFD)
    "蓮加工",
    "ハス",
    "연꽃",
    "莲花",
    "🥭🪷👨‍👩‍👧",
    "\x00",
    "a\x00b",
    "\x01\x02\x1b[31m",
    "\r\n",
    "a\r\nBcc: victim@evil.example",
    "\t\x0b\x0c",
    "\u202eevil",
    "\u200b\u200d\ufeff",
    "\ue000\ue001",  # the private-use characters the highlighter uses as marks
    'title:(lotus OR mango)^3 AND NOT "x',
    "*?~2 /re.*gex/ {!join} [* TO *] \\",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%00%0d%0a",
    "../../etc/passwd",
    "１２３",  # full-width digits
    "²",
    "٣",
    "1e309",
    "-1",
    "0",
    "nan",
    "inf",
    "1_000",
    " 7 ",
    "10.46,105.63",
    "91,181",
    "nan,nan",
    "1,2,3",
    ",",
    "9" * 19,
    "1" * 5000,  # more digits than int() converts
    "x" * 1001,
    "đ" * 5000,
    "ハス" * 600,
    "a " * 600,
]

hostile_text = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=2000),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats().map(str),
)


def joined(choices) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(choices), max_size=4).map(",".join)


# A value per parameter: mostly hostile, sometimes a valid one, so the search itself runs too.
PARAM_VALUES = {
    "q": st.one_of(hostile_text, st.sampled_from(["xoài", "xoai", "sen", "ハス", "연꽃", "莲花", "dong thap"])),
    "lang": st.one_of(st.sampled_from(LANGUAGES), hostile_text),
    "type": st.one_of(joined(search_types()), hostile_text),
    "sector": st.one_of(st.sampled_from(["A", "C", "10", "0111", "C.10"]), hostile_text),
    "location": st.one_of(st.integers(min_value=0, max_value=10**15).map(str), hostile_text),
    "status": st.one_of(joined(STATUSES), hostile_text),
    "capital_min": st.one_of(st.floats(min_value=0, max_value=1e12).map(str), hostile_text),
    "capital_max": st.one_of(st.floats(min_value=0, max_value=1e12).map(str), hostile_text),
    "near": st.one_of(
        st.tuples(st.floats(-90, 90), st.floats(-180, 180)).map(lambda point: f"{point[0]},{point[1]}"),
        hostile_text,
    ),
    "radius_km": st.one_of(st.floats(min_value=0.1, max_value=2000).map(str), hostile_text),
    "sort": st.one_of(st.sampled_from(SORTS), hostile_text),
    "page": st.one_of(st.integers(min_value=-5, max_value=10**6).map(str), hostile_text),
    "page_size": st.one_of(st.integers(min_value=-5, max_value=10**4).map(str), hostile_text),
}
search_params = st.fixed_dictionaries({}, optional=PARAM_VALUES)


def query_string(params: dict) -> str:
    return urlencode(params)


def expected_int(raw: str | None, default: int) -> int:
    return default if raw is None or raw.strip() == "" else int(raw.strip())


# Search -------------------------------------------------------------------------------------------


def assert_search_answer(response, params: dict) -> None:
    assert response.status_code in (200, 400), (response.status_code, params, response.content[:500])
    assert response["Content-Type"].startswith("application/json")
    body = json.loads(response.content)
    if response.status_code == 400:
        assert set(body) == {"message", "errors"}
        assert isinstance(body["message"], str) and body["message"]
        assert body["errors"] and set(body["errors"]) <= set(SEARCH_PARAMS), body
        for messages in body["errors"].values():
            assert messages and all(isinstance(message, str) and message for message in messages)
        return
    assert set(body) == {"count", "page", "page_size", "backend", "results", "facets"}
    assert body["backend"] in ("elasticsearch", "database")
    assert body["page"] == expected_int(params.get("page"), 1)
    assert body["page_size"] == expected_int(params.get("page_size"), 10)
    assert isinstance(body["count"], int) and body["count"] >= 0
    assert len(body["results"]) <= body["page_size"]
    assert body["count"] >= (body["page"] - 1) * body["page_size"] + len(body["results"])
    for item in body["results"]:
        assert set(item) == RESULT_KEYS
        assert item["type"] in search_types() and isinstance(item["id"], int)
        assert isinstance(item["url"], str) and item["url"].startswith("/")
    assert set(body["facets"]) == FACET_NAMES
    for values in body["facets"].values():
        for value in values:
            assert set(value) == {"value", "label", "count"} and value["count"] > 0


def test_search_api_answers_any_parameters(client, backend):
    @given(params=search_params)
    @example(params={"page": "²"})  # str.isdigit() is true, int() refuses it
    @example(params={"page_size": "1" * 5000})  # more digits than int() converts
    @example(params={"location": "²", "sector": "²"})
    @example(params={"q": "a\x00b", "near": "10.46,105.63", "radius_km": "2000", "sort": "capital_asc"})
    @HYPOTHESIS
    def check(params):
        response = client.get("/api/search/?" + query_string(params))
        assert_search_answer(response, params)
        if response.status_code == 200:
            assert response["X-Search-Backend"] == backend

    check()


def test_search_api_survives_repeated_and_unknown_parameters(client, backend):
    """A parameter sent twice (the last one counts, as in Django) and parameters nobody documented."""

    @given(
        pairs=st.lists(
            st.tuples(st.sampled_from([*SEARCH_PARAMS, "foo", "q[]", "__proto__", ""]), hostile_text), max_size=8
        )
    )
    @HYPOTHESIS
    def check(pairs):
        response = client.get("/api/search/?" + urlencode(pairs))
        documented = {name: value for name, value in pairs if name in SEARCH_PARAMS}  # the last one wins
        assert_search_answer(response, documented)

    check()


def test_suggest_answers_any_query(client, backend):
    @given(q=st.one_of(hostile_text, st.sampled_from(["xo", "Đồ", "ハ", "연", "莲"])), lang=PARAM_VALUES["lang"])
    @HYPOTHESIS
    def check(q, lang):
        response = client.get("/api/search/suggest/?" + urlencode({"q": q, "lang": lang}))
        assert response.status_code in (200, 400), (response.status_code, q, lang, response.content[:300])
        assert response["Content-Type"].startswith("application/json")
        body = json.loads(response.content)
        if response.status_code == 400:
            assert set(body) == {"message", "errors"} and body["errors"]
            return
        assert set(body) == {"suggestions"}
        for suggestion in body["suggestions"]:
            assert set(suggestion) == {"text", "url", "type"}
            assert all(isinstance(value, str) for value in suggestion.values())

    check()


def test_search_page_answers_any_parameters(client, backend):
    """``/<lang>/search/``: 200 with the page, or 400 with the page and every message shown."""

    @given(language=st.sampled_from(LANGUAGES), params=search_params)
    @example(language="ja", params={"page": "²", "q": "<script>alert(1)</script>"})
    @HYPOTHESIS
    def check(language, params):
        response = client.get(f"/{language}/search/?" + query_string(params))
        assert response.status_code in (200, 400), (response.status_code, params)
        assert response["Content-Type"].startswith("text/html")
        content = response.content.decode()
        assert f'<html lang="{language}"' in content
        if response.status_code == 400:
            assert 'class="search-errors"' in content
            for messages in response.context["errors"].values():
                assert all(html.escape(message) in content for message in messages)

    check()


# Wagtail's API v2 ---------------------------------------------------------------------------------

WAGTAIL_ENDPOINTS = ("/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/")
WAGTAIL_PARAM_VALUES = {
    "search": st.one_of(hostile_text, st.sampled_from(['"', '{"$gt":""}', '"lotus seed"', "xoài", "蓮"])),
    "search_operator": st.one_of(st.sampled_from(["and", "or"]), hostile_text),
    "offset": st.one_of(st.integers(min_value=-5, max_value=10**30).map(str), hostile_text),
    "limit": st.one_of(st.integers(min_value=-5, max_value=10**25).map(str), hostile_text),
    "order": st.one_of(st.sampled_from(["id", "-id", "title", "random"]), hostile_text),
    "lang": st.one_of(st.sampled_from(LANGUAGES), hostile_text),
}
wagtail_params = st.fixed_dictionaries({}, optional=WAGTAIL_PARAM_VALUES)


def test_wagtail_api_answers_any_search_and_paging(client):
    """``?search=`` reached SQLite's FTS5 query syntax (``"``: 500) and PostgreSQL refused NUL (500);
    an ``offset`` beyond the database's integers and an unknown ``search_operator`` answered 500. Every
    answer is now 200 with the listing or 400 with a message, on SQLite and PostgreSQL alike."""

    @given(endpoint=st.sampled_from(WAGTAIL_ENDPOINTS), params=wagtail_params)
    @example(endpoint="/api/v2/pages/", params={"search": '"'})
    @example(endpoint="/api/v2/pages/", params={"search": '{"$gt":""}'})
    @example(endpoint="/api/v2/images/", params={"search": '"'})
    @example(endpoint="/api/v2/documents/", params={"search": 'a"b'})
    @example(endpoint="/api/v2/pages/", params={"search": "a\x00b"})
    @example(endpoint="/api/v2/pages/", params={"search": "x", "search_operator": "xor"})
    @example(endpoint="/api/v2/pages/", params={"offset": "99999999999999999999"})
    @example(endpoint="/api/v2/images/", params={"offset": "9223372036854775807", "limit": "100"})
    @example(endpoint="/api/v2/documents/", params={"offset": str(10**30), "search": "brochure"})
    @HYPOTHESIS
    def check(endpoint, params):
        response = client.get(endpoint + "?" + urlencode(params))
        assert response.status_code in (200, 400), (response.status_code, endpoint, params, response.content[:300])
        body = json.loads(response.content)
        if response.status_code == 400:
            assert isinstance(body["message"], str) and body["message"]
            return
        assert isinstance(body["meta"]["total_count"], int) and isinstance(body["items"], list)

    check()


# Inquiries ----------------------------------------------------------------------------------------

INQUIRY_FIELDS = ("kind", "name", "email", "organisation", "country", "phone", "message", "page", "sector")
TEXT_FIELDS = ("name", "email", "organisation", "country", "phone", "message")
INJECTED = "victim@evil.example"

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    hostile_text,
    st.text(alphabet=st.characters(categories=["Cs", "Co", "Cc"]), min_size=1, max_size=12),  # lone surrogates
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


@pytest.fixture
def post_json(client, settings, django_capture_on_commit_callbacks):
    """Posts a JSON body (any value) as one sender; the rate limit is lifted so that every accepted
    inquiry gets to 201, and the e-mails of an accepted inquiry are sent (into ``mail.outbox``)."""
    settings.PORTAL_INQUIRY_RATE_LIMIT = 0

    def post(body, **headers):
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                "/api/inquiries/",
                data=json.dumps(body),  # \u escapes: lone surrogates too
                content_type="application/json",
                REMOTE_ADDR="203.0.113.60",
                **{f"HTTP_{name.upper().replace('-', '_')}": value for name, value in headers.items()},
            )

    return post


def assert_inquiry_answer(response) -> dict:
    """201, 400, 429, or 422 (an Idempotency-Key this client already used with other content)."""
    assert response.status_code in (201, 400, 422, 429), (response.status_code, response.content[:500])
    assert response["Content-Type"].startswith("application/json")
    body = json.loads(response.content)
    if response.status_code == 201:
        assert set(body) == {"reference", "status", "agency"} and set(body["agency"]) == {"name"}
    else:
        assert set(body) == {"errors"} and body["errors"]
        for field, messages in body["errors"].items():
            assert isinstance(field, str)
            assert messages and all(isinstance(message, str) and message for message in messages)
    return body


def assert_stored_as_sent(reference: str, payload: dict) -> None:
    """Nothing truncated, coerced or altered beyond the documented normalisation (surrounding
    whitespace removed, e-mail lower-case, country upper-case)."""
    inquiry = Inquiry.objects.get(reference=reference)
    for field in TEXT_FIELDS:
        sent = payload.get(field)
        assert sent is None or isinstance(sent, str), (field, sent)  # anything else must have been refused
        expected = (sent or "").strip()
        expected = {"email": expected.lower(), "country": expected.upper()}.get(field, expected)
        assert getattr(inquiry, field) == expected, field
    assert inquiry.kind == payload["kind"]
    assert inquiry.language == payload["language"].strip().lower()


def assert_no_user_input_in_headers(payload: dict) -> None:
    """The sent messages, read back as a mail client reads them: no header holds a line break, the
    injected address or any of the sender's text; the sender's address is only ever a recipient."""
    sender = payload["email"].strip().lower()
    user_text = [(payload.get(field) or "").strip() for field in ("name", "organisation", "phone", "message")]
    user_text = [text for text in user_text if len(text) >= 8]
    for sent in mail.outbox:
        assert sent.recipients() == [sender] or sender not in sent.recipients()
        parsed = email.message_from_bytes(sent.message().as_bytes(), policy=email.policy.default)
        assert not {"bcc", "cc"} & {name.lower() for name in parsed}
        for name, value in parsed.items():
            value = str(value)
            assert "\r" not in value and "\n" not in value, (name, value)
            assert INJECTED not in value, (name, value)
            assert not any(text in value for text in user_text), (name, value)


def test_inquiry_api_answers_any_json(post_json):
    """Any JSON document, any field of any type: 201, 400 or 429 with the documented body."""

    @given(
        body=st.one_of(
            json_values,
            st.fixed_dictionaries(
                {},
                optional=dict.fromkeys((*INQUIRY_FIELDS, "language", "consent", "website"), json_values),
            ),
        )
    )
    @HYPOTHESIS
    def check(body):
        response = post_json(body)
        answer = assert_inquiry_answer(response)
        assert response.status_code != 422  # no Idempotency-Key was sent
        if response.status_code == 201:
            assert_stored_as_sent(answer["reference"], body)

    check()


hostile_single_line = st.one_of(hostile_text, st.sampled_from(["Aiko Tanaka", "Nguyễn Văn Đức", "田中 愛子", "김민준"]))
hostile_emails = st.one_of(
    st.sampled_from(
        [
            "aiko@example.jp",
            "AIKO@Example.JP",
            f"aiko@example.jp\r\nBcc: {INJECTED}",
            f"aiko@example.jp,{INJECTED}",
            f"aiko@example.jp\nCc: {INJECTED}",
            f'"Aiko\r\nBcc: {INJECTED}" <aiko@example.jp>',
            "δοκιμή@παράδειγμα.δοκιμή",
            "user@[127.0.0.1]",
            "a" * 250 + "@x.jp",
        ]
    ),
    st.emails().map(str),
    hostile_text,
)


def test_inquiry_fields_are_stored_exactly_and_never_reach_a_header(post_json):
    """Valid-looking inquiries with hostile text in every field (header injection, control
    characters, very long values, every script): refused with a message per field, or stored
    exactly as sent, with mail headers free of line breaks and of the sender's text."""

    @given(
        overrides=st.fixed_dictionaries(
            {},
            optional={
                "name": hostile_single_line,
                "email": hostile_emails,
                "organisation": hostile_single_line,
                "phone": st.one_of(st.sampled_from(["+84 277 3851 234", "(028) 3823-4567"]), hostile_text),
                "message": st.one_of(
                    hostile_text.filter(lambda text: len(text.strip()) >= 10),
                    st.just(f"Hello,\r\nBcc: {INJECTED}\r\n\r\nInjected body"),
                ),
                "country": st.one_of(st.sampled_from(["JP", "kr", " VN ", "XX", "J\r\nP"]), hostile_text),
                "language": st.one_of(st.sampled_from(LANGUAGES), st.sampled_from([" EN ", "Ja", "xx"])),
            },
        ),
        key=st.one_of(st.none(), hostile_text),
    )
    @HYPOTHESIS
    def check(overrides, key):
        payload = inquiry_payload(**overrides)
        headers = {} if key is None or "\n" in key or "\r" in key else {"Idempotency-Key": key}
        response = post_json(payload, **headers)
        answer = assert_inquiry_answer(response)
        if response.status_code == 400:
            assert set(answer["errors"]) <= {*INQUIRY_FIELDS, "language", "consent", "Idempotency-Key", "__all__"}
        if response.status_code == 422:  # examples share keys: a key again with another payload
            assert headers and set(answer["errors"]) == {"Idempotency-Key"}
        if response.status_code == 201 and response.get("Idempotent-Replayed") != "true":
            assert_stored_as_sent(answer["reference"], payload)
            assert_no_user_input_in_headers(payload)
            assert mail.outbox, "an accepted inquiry is acknowledged and its agency notified"

    check()


def has_lone_surrogate(value) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def test_fields_of_the_wrong_type_are_refused(post_json):
    """A valid inquiry with one field of another JSON type: refused for that field, never stored as
    the value's Python spelling (``['Aiko']``, ``12345``, ``{'a': 1}``)."""

    @given(
        field=st.sampled_from([*TEXT_FIELDS, "kind", "language"]),
        value=json_values.filter(lambda value: value is not None and not isinstance(value, str)),
    )
    @example(field="name", value=["Aiko Tanaka"])
    @example(field="phone", value=2773851234)
    @HYPOTHESIS
    def check(field, value):
        response = post_json(inquiry_payload(**{field: value}))
        assert response.status_code == 400, (field, value, response.content[:300])
        # A lone surrogate anywhere makes the whole body unusable text; otherwise the field is named.
        blamed = "__all__" if has_lone_surrogate(value) else field
        assert blamed in assert_inquiry_answer(response)["errors"]

    check()


def test_a_missing_or_unknown_language_is_refused(post_json):
    """``language`` is required and one of the five (PRODUCT.md, /api/schema/); the messages then come
    in the request's language."""
    payload = inquiry_payload()
    del payload["language"]
    for body in (payload, inquiry_payload(language="xx"), inquiry_payload(language="")):
        response = post_json(body)
        assert response.status_code == 400 and "language" in assert_inquiry_answer(response)["errors"]
    assert post_json(inquiry_payload(language=" JA ")).status_code == 201


@pytest.mark.parametrize(
    "raw",
    [
        '{"kind": "general", "page": ' + "1" * 5000 + "}",  # more digits than int() converts
        "[" * 30_000 + "]" * 30_000,  # deeper than the JSON decoder recurses
        '{"name": "\\ud800"}',  # a lone surrogate, escaped in JSON
        '{"name": "\ud800"}',  # a lone surrogate, as (invalid) UTF-8 bytes
        json.dumps(inquiry_payload(message="A lone surrogate \ud800 cannot be stored in a database.")),
        "\ufeff{}",
        "NaN",
        '"just a string"',
    ],
    ids=[
        "huge-integer",
        "deep-nesting",
        "escaped-surrogate",
        "surrogate-bytes",
        "surrogate-in-message",
        "bom",
        "nan",
        "string",
    ],
)
def test_malformed_json_bodies_are_refused(client, raw):
    response = client.post(
        "/api/inquiries/", data=raw.encode("utf-8", "surrogatepass"), content_type="application/json"
    )
    assert response.status_code == 400, response.content[:300]
    assert set(response.json()) == {"errors"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("page", "²"),
        ("page", "9" * 5000),
        ("sector", "²"),
        ("sector", "9" * 5000),
    ],
    ids=["page-superscript", "page-5000-digits", "sector-superscript", "sector-5000-digits"],
)
def test_ids_in_odd_digits_are_refused(post_json, field, value):
    """Page and sector ids: "²" is a digit to ``str.isdigit()`` but not to ``int()``, and ``int()``
    refuses more than 4300 digits."""
    response = post_json(inquiry_payload(**{field: value}))
    assert response.status_code == 400, response.content[:300]
    assert field in assert_inquiry_answer(response)["errors"]


@pytest.mark.elasticsearch
def test_the_longest_queries_are_answered_by_elasticsearch(client, es_index):
    """The longest queries the API accepts, in words that Elasticsearch would fuzz: answered by
    Elasticsearch itself, not by the fallback after an error."""

    with override_settings(PORTAL_SEARCH_BACKENDS=search_fixtures.search_backends(ELASTICSEARCH_URL=es_url())):
        for q in ("lotus " * 166, "xoài đường " * 90, "ハス" * 500, "a" * 1000, "lotus~2 " * 120):
            response = client.get("/api/search/?" + urlencode({"q": q.strip(), "lang": "vi", "page_size": "50"}))
            assert_search_answer(response, {"page_size": "50"})
            assert response.json()["backend"] == "elasticsearch", q[:20]
    assert health.fallback_counts() == {"search": 0, "suggest": 0}
