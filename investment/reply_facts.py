"""How investment facts read in a reply to an investor: localised numbers and dates, money in đồng with its
US-dollar equivalent (converted in ``cms.money`` only), lists and bulleted lines. Called with the reply's
language active (``translation.override``), so every word and number comes out in that language.

The page classes build their ``reply_facts`` (``cms.catalogue``) and the cost page its site-wide facts
(``cms.replies``) with these helpers; a value that is missing gives no fact, never a placeholder text.
"""

from datetime import date
from decimal import Decimal

from django.utils import numberformat, translation
from django.utils.formats import date_format, get_format
from django.utils.translation import gettext as _

from cms import money

BULLET = "• "
LIST_SEPARATORS = {"ja": "、", "zh-hans": "、"}


def number(value, decimals: int = 0) -> str:
    """``1234567.5`` → "1,234,567.5" (en), "1.234.567,5" (vi): the language's grouping and decimal mark, at
    most ``decimals`` places and no trailing zeros."""
    value = money.rounded(Decimal(value), decimals)
    shown = max(0, -value.normalize().as_tuple().exponent)
    # Thousands in threes in every language (Django groups nothing in Vietnamese, by four in Chinese).
    return numberformat.format(
        value,
        get_format("DECIMAL_SEPARATOR"),
        decimal_pos=shown,
        grouping=3,
        thousand_sep=get_format("THOUSAND_SEPARATOR") or ",",
        force_grouping=True,
    )


def vnd(amount) -> str:
    return _("%(amount)s VND") % {"amount": number(amount)}


def usd(amount, decimals: int | None = None) -> str:
    decimals = money.usd_equivalent_decimals(amount) if decimals is None else decimals
    return _("USD %(amount)s") % {"amount": number(amount, decimals)}


def money_in_vnd(amount_vnd) -> str:
    """ "4,730,000 VND (≈ USD 182)": đồng with the dollar equivalent at the portal's rate."""
    equivalent = money.vnd_to_usd(amount_vnd, decimals=2)
    return _("%(vnd)s (≈ %(usd)s)") % {"vnd": vnd(amount_vnd), "usd": usd(equivalent)}


def money_in_usd(amount_usd) -> str:
    """ "USD 75 (≈ 1,950,000 VND)": dollars with the đồng equivalent at the portal's rate."""
    return _("%(usd)s (≈ %(vnd)s)") % {"usd": usd(amount_usd), "vnd": vnd(money.usd_to_vnd(amount_usd))}


def capital(amount_vnd) -> str:
    """ "1,200 billion VND (≈ USD 46.2 million)", as the project pages show it."""
    billions, decimals = money.in_vnd_billions(amount_vnd)
    millions, usd_decimals = money.in_usd_millions(money.vnd_to_usd(amount_vnd))
    return _("%(vnd)s billion VND (≈ USD %(usd)s million)") % {
        "vnd": number(billions, decimals),
        "usd": number(millions, usd_decimals),
    }


def hectares(area) -> str:
    return _("%(area)s ha") % {"area": number(area, 2)}


def kilometres(distance) -> str:
    return _("%(distance)s km") % {"distance": number(distance, 1)}


# Django's Vietnamese DATE_FORMAT starts with "Ngày", which reads wrongly inside a sentence ("xác minh ngày
# Ngày 29 tháng 9"): Vietnamese text gets the usual day/month/year instead.
SENTENCE_DATE_FORMATS = {"vi": "d/m/Y"}


def day(value: date) -> str:
    """A date inside a sentence, in the active language: "Sept. 29, 2026", "2026年9月29日", "29/09/2026"."""
    return date_format(value, SENTENCE_DATE_FORMATS.get(translation.get_language() or "", "DATE_FORMAT"))


def listing(items) -> str:
    """Items joined the language's way ("、" in Japanese and Chinese); "" for none."""
    separator = LIST_SEPARATORS.get(translation.get_language() or "", ", ")
    return separator.join(str(item) for item in items if str(item).strip())


def lines(items) -> str:
    """One bulleted line per item; "" for none."""
    return "\n".join(BULLET + str(item) for item in items if str(item).strip())


def facts(**values) -> dict[str, str]:
    """The facts that have a value (a missing one is left out, so that it is reported, not sent empty)."""
    return {name: str(value) for name, value in values.items() if value not in (None, "") and str(value).strip()}
