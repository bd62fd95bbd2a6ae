"""The native-usage table: how each portal language writes amounts, areas and dates (``cms.formatting``).

Each row is what a native business reader expects, checked against CLDR data through Babel plus the
usage rules of ``cms.formatting.USAGE``; a change of rounding, separator or large-number word shows here.
Pages, fact sheets, the API and search snippets all print through the same functions (see the HTTP
checks at the end), so the table is what every channel shows.
"""

from datetime import date
from decimal import Decimal

import pytest

from cms import formatting

CAPITAL = [
    # amount in VND,      language,  what a native reader expects
    (1_200_000_000_000, "vi", "1.200 tỷ đồng (khoảng 46,2 triệu USD)"),
    (1_200_000_000_000, "en", "VND 1.2 trillion (≈ USD 46.2 million)"),
    (1_200_000_000_000, "ja", "1兆2,000億ドン（約4,620万米ドル）"),
    (1_200_000_000_000, "ko", "1조 2,000억 동 (약 4,620만 달러)"),
    (1_200_000_000_000, "zh-hans", "12,000亿越南盾（约4,620万美元）"),
    (450_000_000_000, "vi", "450 tỷ đồng (khoảng 17,3 triệu USD)"),
    (450_000_000_000, "en", "VND 450 billion (≈ USD 17.3 million)"),
    (450_000_000_000, "ja", "4,500億ドン（約1,730万米ドル）"),
    (450_000_000_000, "ko", "4,500억 동 (약 1,730만 달러)"),
    (450_000_000_000, "zh-hans", "4,500亿越南盾（约1,730万美元）"),
    (7_500_000_000, "vi", "7,5 tỷ đồng (khoảng 300.000 USD)"),
    (7_500_000_000, "en", "VND 7.5 billion (≈ USD 300,000)"),
    (7_500_000_000, "ja", "75億ドン（約30万米ドル）"),
    (7_500_000_000, "ko", "75억 동 (약 30만 달러)"),
    (7_500_000_000, "zh-hans", "75亿越南盾（约30万美元）"),
    (2_345_000_000_000, "ja", "2兆3,450億ドン（約9,020万米ドル）"),
    (2_345_000_000_000, "en", "VND 2.345 trillion (≈ USD 90.2 million)"),
]

NUMBERS = [
    (Decimal("1234.5"), "vi", "1.234,5"),
    (Decimal("1234.5"), "en", "1,234.5"),
    (Decimal("1234.5"), "ja", "1,234.5"),
    (Decimal("1234.5"), "ko", "1,234.5"),
    (Decimal("1234.5"), "zh-hans", "1,234.5"),
]

AREAS = [
    (Decimal("12.5"), "vi", "12,5 ha"),
    (Decimal("12.5"), "en", "12.5 ha"),
    (Decimal("12.5"), "ja", "12.5ヘクタール"),
    (Decimal("12.5"), "ko", "12.5헥타르"),
    (Decimal("12.5"), "zh-hans", "12.5公顷"),
]

DATES = [
    (date(2025, 7, 1), "vi", "1 tháng 7, 2025"),
    (date(2025, 7, 1), "en", "July 1, 2025"),
    (date(2025, 7, 1), "ja", "2025年7月1日"),
    (date(2025, 7, 1), "ko", "2025년 7월 1일"),
    (date(2025, 7, 1), "zh-hans", "2025年7月1日"),
]


@pytest.fixture(autouse=True)
def _reference_rate(settings):
    settings.PORTAL_USD_PER_VND = 1 / 26000


@pytest.mark.parametrize(("amount", "language", "expected"), CAPITAL)
def test_capital_reads_natively(amount, language, expected):
    assert formatting.format_capital(amount, language=language) == expected


@pytest.mark.parametrize(("value", "language", "expected"), NUMBERS)
def test_numbers_use_the_languages_separators(value, language, expected):
    assert formatting.format_number(value, language=language) == expected


@pytest.mark.parametrize(("value", "language", "expected"), AREAS)
def test_areas(value, language, expected):
    assert formatting.format_area_ha(value, language=language) == expected


@pytest.mark.parametrize(("value", "language", "expected"), DATES)
def test_dates_follow_cldr(value, language, expected):
    assert formatting.format_date(value, language=language) == expected


def test_rounding_is_one_number_in_every_language():
    """USD 46,153,846 is 46.2 million everywhere: the same rounded figure, written five ways."""
    written = {code: formatting.format_usd(46_153_846, language=code) for code in formatting.USAGE}
    assert written == {
        "vi": "46,2 triệu USD",
        "en": "USD 46.2 million",
        "ja": "4,620万米ドル",
        "ko": "4,620만 달러",
        "zh-hans": "4,620万美元",
    }


def test_empty_amounts_print_nothing_and_unknown_languages_read_english():
    assert formatting.format_capital(None) == ""
    assert formatting.format_usd("", language="ja") == ""
    assert formatting.format_vnd(450_000_000_000, language="fr") == "VND 450 billion"
