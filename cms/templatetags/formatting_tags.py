"""Template filters over ``cms.formatting``: numbers, money and dates in the reader's language."""

from django import template

from cms import formatting

register = template.Library()


@register.filter
def money_vnd(value) -> str:
    """``1200000000000`` → "VND 1.2 trillion", "1兆2,000億ドン"."""
    return formatting.format_vnd(value)


@register.filter
def money_usd(value) -> str:
    """``46153846`` → "USD 46.2 million", "4,620万米ドル"."""
    return formatting.format_usd(value)


@register.filter
def capital(value_vnd):
    """A VND amount with its USD value beside it: "VND 1.2 trillion (≈ USD 46.2 million)"."""
    return formatting.format_capital_html(value_vnd)


@register.filter
def local_number(value, decimals=None) -> str:
    return formatting.format_number(value, decimals=None if decimals in (None, "") else int(decimals))


@register.filter
def local_date(value, length: str = "long") -> str:
    """A date as CLDR writes it in the reader's language ("July 1, 2025", "2025年7月1日")."""
    return formatting.format_date(value, length=length)
