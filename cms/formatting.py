"""Numbers, money, areas and dates written as a reader of each portal language expects, from CLDR data
(Babel): the one place that turns an amount into text. Pages, fact sheets, the API's display fields,
inquiry replies and search snippets all call it, so a figure reads the same everywhere.

Two steps, always in this order:

1. **Round** (``cms.money``): a VND amount to a tenth of a billion below ten billion and to whole
   billions above; a USD amount to a tenth of a million. The rounding is the same in every language: the
   English "USD 46.2 million", the Japanese "4,620万米ドル" and the Vietnamese "46,2 triệu USD" are the one
   number 46,200,000.
2. **Write** the rounded number with the language's digits, separators and large-number words, which come
   from CLDR (Babel's ``number_symbols`` and its long compact-decimal patterns: "billion", "tỷ", "億", "억",
   "亿"). What CLDR does not say is business usage, kept in ``USAGE`` below: which large units a
   language combines (Japanese and Korean write "1兆2,000億" / "1조 2,000억"; Chinese business texts keep
   亿 as the largest unit, "12,000亿"; Vietnamese counts in "tỷ đồng" up to thousands of billions), where the
   currency goes and how "approximately" is written.

A language that is not configured falls back to English usage with its own CLDR symbols, never to an error.
``tests/cms/test_formatting.py`` holds the native-usage table that pins what each language reads.
"""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal
from django.utils import translation
from django.utils.html import format_html

from cms import money

BABEL_LOCALES = {"vi": "vi", "en": "en", "ja": "ja", "ko": "ko", "zh-hans": "zh_Hans"}


@dataclass(frozen=True)
class Usage:
    """How a language writes large amounts (business usage; the words themselves come from CLDR)."""

    scales: tuple[int, ...]  # powers of ten it names, largest first
    combine: bool  # write every unit ("1兆2,000億") or only the largest, with decimals ("1.2 trillion")
    joiner: str  # between combined units
    vnd: str  # "{amount}" → the amount in đồng
    usd: str  # "{amount}" → the amount in US dollars
    approx: str  # "{amount}" → an approximate amount, beside the exact one ("(≈ …)")
    area_ha: str  # "{amount}" → an area in hectares


USAGE: dict[str, Usage] = {
    "vi": Usage((9, 6), False, "", "{amount} đồng", "{amount} USD", " (khoảng {amount})", "{amount} ha"),
    "en": Usage((12, 9, 6), False, "", "VND {amount}", "USD {amount}", " (≈ {amount})", "{amount} ha"),
    "ja": Usage((12, 8, 4), True, "", "{amount}ドン", "{amount}米ドル", "（約{amount}）", "{amount}ヘクタール"),
    "ko": Usage((12, 8, 4), True, " ", "{amount} 동", "{amount} 달러", " (약 {amount})", "{amount}헥타르"),
    "zh-hans": Usage((8, 4), True, "", "{amount}越南盾", "{amount}美元", "（约{amount}）", "{amount}公顷"),
}


def current_language(language: str | None = None) -> str:
    code = language or translation.get_language() or "vi"
    return code if code in USAGE else "en"


def _locale(language: str) -> Locale:
    return Locale.parse(BABEL_LOCALES.get(language, "en"))


@lru_cache(maxsize=64)
def scale_word(language: str, power: int) -> str:
    """CLDR's long word for 10**power in ``language`` ("billion", "tỷ", "億", "억", "亿")."""
    patterns = _locale(language).compact_decimal_formats["long"]["other"]
    pattern = patterns[str(10**power)]
    text = getattr(pattern, "pattern", pattern)
    return text.replace("0", "").strip()


def format_number(value, *, language: str | None = None, decimals: int | None = None) -> str:
    """``1234.5`` → "1,234.5" (en), "1.234,5" (vi): grouping and separators of the language.
    ``decimals``: exactly that many; ``None``: as many as the value has (trailing zeros dropped)."""
    if value is None or value == "":
        return ""
    language = current_language(language)
    number = Decimal(str(value))
    if decimals is None:
        number = number.normalize()
        places = max(0, -number.as_tuple().exponent)
        pattern = "#,##0" + ("." + "#" * places if places else "")
    else:
        number = money.rounded(number, decimals)
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(number, format=pattern, locale=_locale(language), decimal_quantization=False)


def _in_words(amount: Decimal, language: str) -> str:
    """A rounded amount with the language's large-number words: "1.2 trillion", "1兆2,000億", "1.200 tỷ"."""
    usage = USAGE[language]
    amount = Decimal(amount)
    if usage.combine:
        parts = []
        rest = amount
        for power in usage.scales:
            unit = Decimal(10) ** power
            if rest >= unit:
                count, rest = divmod(rest, unit)
                parts.append(format_number(count, language=language) + scale_word(language, power))
        if rest or not parts:
            parts.append(format_number(rest, language=language))
        return usage.joiner.join(parts)
    for power in usage.scales:
        unit = Decimal(10) ** power
        if amount >= unit:
            return f"{format_number(amount / unit, language=language)} {scale_word(language, power)}"
    return format_number(amount, language=language)


def format_vnd(amount_vnd, *, language: str | None = None) -> str:
    """``1200000000000`` → "VND 1.2 trillion", "1.200 tỷ đồng", "1兆2,000億ドン", "1조 2,000억 동", "12,000亿越南盾"."""
    if amount_vnd is None or amount_vnd == "":
        return ""
    language = current_language(language)
    billions, decimals = money.in_vnd_billions(amount_vnd)
    amount = money.rounded(billions, decimals) * money.BILLION
    return USAGE[language].vnd.format(amount=_in_words(amount, language))


def format_usd(amount_usd, *, language: str | None = None) -> str:
    """``46153846`` → "USD 46.2 million", "46,2 triệu USD", "4,620万米ドル", "4,620만 달러", "4,620万美元"."""
    if amount_usd is None or amount_usd == "":
        return ""
    language = current_language(language)
    millions, decimals = money.in_usd_millions(amount_usd)
    amount = money.rounded(millions, decimals) * money.MILLION
    return USAGE[language].usd.format(amount=_in_words(amount, language))


def approximately(text: str, *, language: str | None = None) -> str:
    """ " (≈ USD 46.2 million)", "（約4,620万米ドル）": an approximate figure beside an exact one."""
    return USAGE[current_language(language)].approx.format(amount=text) if text else ""


def format_capital(amount_vnd, *, language: str | None = None) -> str:
    """The VND amount and, beside it, its USD value at the reference rate, as plain text:
    "VND 1.2 trillion (≈ USD 46.2 million)", "1兆2,000億ドン（約4,620万米ドル）"."""
    if amount_vnd is None or amount_vnd == "":
        return ""
    language = current_language(language)
    usd = format_usd(money.vnd_to_usd(amount_vnd), language=language)
    return format_vnd(amount_vnd, language=language) + approximately(usd, language=language)


def format_capital_html(amount_vnd, *, language: str | None = None):
    """As ``format_capital``, the USD part in a ``muted`` span (the pages' style)."""
    if amount_vnd is None or amount_vnd == "":
        return ""
    language = current_language(language)
    usd = format_usd(money.vnd_to_usd(amount_vnd), language=language)
    return format_html(
        '{}<span class="muted">{}</span>',
        format_vnd(amount_vnd, language=language),
        approximately(usd, language=language),
    )


def format_area_ha(value, *, language: str | None = None) -> str:
    """``12.5`` → "12.5 ha", "12,5 ha", "12.5ヘクタール"."""
    if value is None or value == "":
        return ""
    language = current_language(language)
    return USAGE[language].area_ha.format(amount=format_number(value, language=language))


def format_date(value, *, language: str | None = None, length: str = "long") -> str:
    """``date(2025, 7, 1)`` → "July 1, 2025", "1 tháng 7, 2025", "2025年7月1日", "2025년 7월 1일"."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        return str(value)
    return babel_format_date(value, length, locale=_locale(current_language(language)))


def format_language_name(code: str, *, language: str | None = None) -> str:
    """The name of the language ``code`` as ``language`` writes it (CLDR): "Vietnamese", "ベトナム語", "베트남어"."""
    return _locale(code).get_display_name(_locale(current_language(language))) or code
