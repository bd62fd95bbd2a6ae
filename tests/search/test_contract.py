"""The search API contract (PRODUCT.md), the same tests on both backends."""

import pytest

from investment.models import Place, Sector
from search.text import fold

from .conftest import api, ids

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db, pytest.mark.smoke]

RESULT_KEYS = {"type", "id", "title", "url", "summary", "highlight", "sector", "location", "capital_usd", "status"}


def test_answer_shape(client, backend):
    body = api(client, q="xoài", lang="vi")
    assert set(body) == {"count", "page", "page_size", "backend", "results", "facets"}
    assert body["backend"] == backend
    assert body["count"] >= 3 and body["page"] == 1 and body["page_size"] == 10
    for item in body["results"]:
        assert set(item) == RESULT_KEYS
        assert item["type"] in {"project", "opportunity", "zone", "page"}
        assert item["url"].startswith("/vi/")
    assert set(body["facets"]) == {"type", "sector", "location", "status"}
    for values in body["facets"].values():
        for value in values:
            assert set(value) == {"value", "label", "count"} and value["count"] > 0


def all_ids(client, **params) -> set[int]:
    found: set[int] = set()
    for page in range(1, 6):
        body = api(client, page=page, page_size=50, **params)
        found |= set(ids(body))
        if len(found) >= body["count"]:
            break
    return found


def test_vietnamese_without_diacritics_finds_the_same(client, backend):
    answers = [all_ids(client, q=q, lang="vi") for q in ("dong thap", "Dong Thap", "Đồng Tháp", "ĐỒNG THÁP")]
    assert len(answers[0]) > 5
    assert all(answer == answers[0] for answer in answers)


def test_xoai_with_and_without_diacritics(client, backend):
    with_marks, without = api(client, q="xoài", lang="vi"), api(client, q="xoai", lang="vi")
    assert with_marks["count"] == without["count"] >= 3
    assert set(ids(with_marks)) == set(ids(without))
    assert any("xoài" in item["title"].lower() for item in with_marks["results"])
    highlighted = [item["highlight"] for item in without["results"] if item["highlight"]]
    assert highlighted and any("<mark>xoài</mark>" in h.lower() or "<mark>xoài" in h.lower() for h in highlighted)


@pytest.mark.parametrize(
    ("lang", "q"), [("ja", "ハス"), ("ja", "蓮"), ("ja", "蓮加工"), ("ko", "연꽃"), ("zh-hans", "莲花")]
)
def test_lotus_in_cjk_without_spaces(client, backend, lang, q):
    body = api(client, q=q, lang=lang)
    assert body["count"] >= 2
    assert body["results"][0]["url"].startswith(f"/{lang}/")
    assert any(q[:1] in item["title"] for item in body["results"][:3])


def test_type_status_and_capital_filters(client, backend):
    projects = api(client, lang="en", type="project", page_size=50)
    assert projects["count"] > 0 and {item["type"] for item in projects["results"]} == {"project"}
    assert projects["facets"]["type"] == [
        {"value": "project", "label": "Investment project", "count": projects["count"]}
    ]
    calling = api(client, lang="en", type="project,opportunity", status="calling", page_size=50)
    assert calling["count"] > 0 and {item["status"] for item in calling["results"]} == {"calling"}
    rich = api(client, lang="en", capital_min=20_000_000, page_size=50)
    assert rich["count"] > 0 and all(item["capital_usd"] >= 20_000_000 for item in rich["results"])
    band = api(client, lang="en", capital_min=5_000_000, capital_max=20_000_000, page_size=50)
    assert all(5_000_000 <= item["capital_usd"] <= 20_000_000 for item in band["results"])
    assert set(ids(rich)).isdisjoint(item["id"] for item in band["results"] if item["capital_usd"] < 20_000_000)


def test_sector_filter_includes_children(client, backend):

    parent = Sector.objects.get(code="C")
    child = parent.get_children().first()
    broad = api(client, lang="vi", sector=parent.code, page_size=50)
    narrow = api(client, lang="vi", sector=child.code, page_size=50)
    assert narrow["count"] > 0
    assert set(ids(narrow)) <= set(ids(broad))
    assert broad["count"] >= narrow["count"]
    facet = {value["value"]: value for value in broad["facets"]["sector"]}
    assert facet[parent.code]["count"] == broad["count"]
    assert facet[parent.code]["label"] == parent.name_vi


def test_location_filter_includes_children(client, backend):

    # the current units (the former province of the same name lives on in the place tree's history)
    province = Place.objects.get(name_vi="Tỉnh Đồng Tháp", valid_until__isnull=True)
    commune = Place.objects.get(name_vi="Xã Cái Bè", valid_until__isnull=True)
    whole = api(client, lang="vi", location=province.pk, page_size=50)
    part = api(client, lang="vi", location=commune.pk, page_size=50)
    assert part["count"] > 0 and set(ids(part)) <= set(ids(whole))
    assert all(item["location"] == "Xã Cái Bè" for item in part["results"])
    # a former district's name still finds what is there now
    former = api(client, lang="vi", q="Huyện Cái Bè", page_size=50)
    assert set(ids(part)) <= set(ids(former))


def test_near_a_point(client, backend):
    # Cái Bè is about 60 km from Cao Lãnh; 15 km around Cao Lãnh excludes it.
    near = api(client, lang="en", near="10.46,105.63", radius_km=15, page_size=50)
    wide = api(client, lang="en", near="10.46,105.63", radius_km=200, page_size=50)
    assert 0 < near["count"] < wide["count"]
    assert all(item["type"] != "page" for item in wide["results"])


def test_sorts(client, backend):
    desc = api(client, lang="en", type="project", sort="capital_desc", page_size=50)["results"]
    asc = api(client, lang="en", type="project", sort="capital_asc", page_size=50)["results"]
    values = [item["capital_usd"] for item in desc if item["capital_usd"] is not None]
    assert values == sorted(values, reverse=True) and len(values) > 2
    values = [item["capital_usd"] for item in asc if item["capital_usd"] is not None]
    assert values == sorted(values)
    newest = api(client, lang="en", sort="newest", page_size=5)
    assert newest["count"] > 5


def test_pagination_pages_do_not_overlap(client, backend):
    first = api(client, lang="en", sort="newest", page_size=5, page=1)
    second = api(client, lang="en", sort="newest", page_size=5, page=2)
    assert first["count"] == second["count"] > 10
    assert set(ids(first)).isdisjoint(ids(second)) and len(ids(second)) == 5
    beyond = api(client, lang="en", sort="newest", page_size=50, page=50)
    assert beyond["results"] == [] and beyond["count"] == first["count"]


def test_deep_pages_use_search_after_and_match_shallow_ones(client, backend, settings):
    expected = ids(api(client, lang="en", sort="capital_desc", page_size=50))
    settings.PORTAL_SEARCH_WINDOW = 4  # every page past the 4th result walks with search_after
    walked = []
    for page in range(1, 8):
        walked += ids(api(client, lang="en", sort="capital_desc", page_size=3, page=page))
    assert walked == expected[:21]
    relevance = ids(api(client, lang="en", q="processing", page_size=3, page=3))
    settings.PORTAL_SEARCH_WINDOW = 1000
    assert relevance == ids(api(client, lang="en", q="processing", page_size=3, page=3))


@pytest.mark.parametrize(
    "q",
    [
        "x" * 1000,
        "!!! ??? ... ;;; ---",
        "title:(a OR",
        'summary:"unterminated AND (b OR c',
        "*:* OR _exists_:title",
        "🥭🌸 mango 🚢",
        "Đồng Tháp ハス 연꽃 莲花 mango",
        "<script>alert(1)</script>",
        "a\u0000b\ue000c\ue001",
        "\\ / [ ] { } ~ ^ :",
        "ｍａｎｇｏ",
        "%",
        "_",
    ],
)
def test_hostile_queries_never_fail(client, backend, q):
    body = api(client, q=q, lang="vi")
    assert body["backend"] == backend
    for item in body["results"]:
        assert "<script>" not in (item["highlight"] or "")


def test_percent_and_underscore_are_not_wildcards(client, backend):
    assert api(client, q="%", lang="vi")["count"] in (0, api(client, lang="vi")["count"])


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"type": "castle"}, "type"),
        ({"status": "maybe"}, "status"),
        ({"sort": "random"}, "sort"),
        ({"page": "0"}, "page"),
        ({"page": "51"}, "page"),
        ({"page": "two"}, "page"),
        ({"page_size": "500"}, "page_size"),
        ({"capital_min": "lots"}, "capital_min"),
        ({"capital_min": "-5"}, "capital_min"),
        ({"capital_min": "nan"}, "capital_min"),
        ({"capital_min": "9", "capital_max": "1"}, "capital_max"),
        ({"near": "10.4"}, "near"),
        ({"near": "100,200"}, "near"),
        ({"near": "a,b"}, "near"),
        ({"radius_km": "5"}, "near"),
        ({"near": "10.4,105.6", "radius_km": "0"}, "radius_km"),
        ({"lang": "fr"}, "lang"),
        ({"sector": "'; DROP"}, "sector"),
        ({"location": "x"}, "location"),
        ({"q": "x" * 1001}, "q"),
    ],
)
def test_bad_parameters_get_400_with_a_message(client, backend, params, field):
    response = client.get("/api/search/", params)
    assert response.status_code == 400
    body = response.json()
    assert field in body["errors"] and body["errors"][field][0]
    assert body["message"]


def test_error_messages_in_the_requested_language(client, backend):
    body = client.get("/api/search/", {"lang": "vi", "sort": "x"}).json()
    assert "sort" in body["errors"]


def test_suggest(client, backend):
    body = api(client, "/api/search/suggest/", q="xoai", lang="vi")
    assert body["suggestions"], body
    for item in body["suggestions"]:
        assert set(item) == {"text", "url", "type"} and item["url"].startswith("/vi/")
    assert any("xoài" in item["text"].lower() for item in body["suggestions"])
    assert api(client, "/api/search/suggest/", q="", lang="vi") == {"suggestions": []}
    assert api(client, "/api/search/suggest/", q="蓮", lang="ja")["suggestions"]
    assert api(client, "/api/search/suggest/", q="title:(a OR", lang="en")["suggestions"] == []
    assert client.get("/api/search/suggest/", {"q": "x" * 101}).status_code == 400
    assert client.get("/api/search/suggest/", {"q": "x", "lang": "fr"}).status_code == 400


def suggested(client, q: str, lang: str) -> list[dict]:
    return api(client, "/api/search/suggest/", q=q, lang=lang)["suggestions"]


def test_suggestions_hold_the_typed_words_each_page_once(client, backend):
    parks = suggested(client, "khu cong", "vi")  # six industrial parks whose titles differ by a name only
    assert len(parks) >= 6 and len({item["url"] for item in parks}) == len(parks)
    assert all(fold(item["text"]).lower().startswith("khu cong") for item in parks[:6]), parks
    # Vietnamese syllables are never one typo away from another: "kho lanh" (cold storage) is not "khu"
    assert all("kho lanh" in fold(item["text"]).lower() for item in suggested(client, "kho lanh", "vi"))
    # CJK: inside a word ("단지" in "산업단지"), and the characters in the typed order ("工业", not 企业…加工)
    assert any("산업단지" in item["text"] for item in suggested(client, "단지", "ko"))
    zones = suggested(client, "工业", "zh-hans")
    assert zones and all("工业" in item["text"] for item in zones)
    if backend == "elasticsearch":  # the database copy matches text as typed, typos included
        assert any("Industrial" in item["text"] for item in suggested(client, "industrail", "en"))
