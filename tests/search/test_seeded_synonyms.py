"""The synonym sets the migrations seed (search/migrations/0004, 0009) find what investors type for what the
pages name otherwise, on every backend: loanwords (콜드스토리지 for the 냉동 창고 page, ピタヤ for ドラゴン
フルーツ), everyday words (観光 for the エコツーリズム resorts) and the other names of high-tech farming."""

import pytest
from wagtail.models import Page

from search.models import SearchSynonym
from search.synonyms import synonyms_forget

from .conftest import api, ids

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db, pytest.mark.smoke]

COLD_STORAGE = "kho-lanh-nong-san-cai-be"
FRUIT_PLANT = "nha-may-che-bien-trai-cay-cai-lay"
HIGH_TECH_FARMING = "khu-nong-nghiep-ung-dung-cong-nghe-cao-thap-muoi"
ECO_TOURISM = "khu-du-lich-sinh-thai-tam-nong"

CASES = [
    ("ko", "콜드스토리지", COLD_STORAGE),
    ("ko", "콜드 스토리지", COLD_STORAGE),
    ("ja", "コールドストレージ", COLD_STORAGE),
    ("zh-hans", "冷储", COLD_STORAGE),
    ("ko", "드래곤프루트", FRUIT_PLANT),
    ("ja", "ピタヤ", FRUIT_PLANT),
    ("ko", "스마트팜", HIGH_TECH_FARMING),
    ("ko", "하이테크 농업", HIGH_TECH_FARMING),
    ("ja", "スマート農業", HIGH_TECH_FARMING),
    ("zh-hans", "智慧农业", HIGH_TECH_FARMING),
    ("en", "smart farming", HIGH_TECH_FARMING),
    ("en", "agritech", HIGH_TECH_FARMING),
    ("vi", "nông nghiệp thông minh", HIGH_TECH_FARMING),
    ("ja", "観光", ECO_TOURISM),
    ("zh-hans", "观光", ECO_TOURISM),
]


def _top(client, q: str, lang: str) -> list[int]:
    return ids(api(client, q=q, lang=lang))[:5]


@pytest.mark.parametrize(("lang", "q", "slug"), CASES)
def test_the_other_name_finds_the_page(client, backend, lang, q, slug):
    assert Page.objects.get(slug_vi=slug).pk in _top(client, q, lang)


def test_without_the_sets_those_names_miss_the_page(client, backend):
    """What the sets change (the seeded sets removed, as an editor could): the same queries miss."""
    SearchSynonym.objects.filter(note="seed").delete()  # each deletion drops its language's cached sets
    try:
        missed = [
            (lang, q) for lang, q, slug in CASES if Page.objects.get(slug_vi=slug).pk not in _top(client, q, lang)
        ]
    finally:
        synonyms_forget()  # the deletions are rolled back after the test: so must the cache be
    assert len(missed) >= len(CASES) - 3, missed
