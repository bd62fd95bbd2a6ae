"""Money: Vietnamese đồng and US dollars at the portal's reference rate, converted and rounded here only.

Amounts are stored in VND, the currency of the province's decisions; US dollars are derived at
``settings.PORTAL_USD_PER_VND`` (a float such as ``1/26000``, read at each call so a changed setting
applies at once). Both directions give whole units: a page, the API, the search index and the listing
filters all see the same USD figure for the same VND amount, and a filter typed in USD compares with
the VND column after one conversion. Small amounts (a tariff per kWh, the cost of doing business) ask
for cents with ``decimals=2``; ``usd_equivalent_decimals`` says how many an equivalent shows. Rounding
is ``ROUND_HALF_EVEN`` (``Decimal``'s default), so a half unit never biases a total in one direction.

The display units (billions of VND, millions of USD) live here too, with the number of decimals
each shows; turning the result into localised text is the template filters' job
(``investment.templatetags.catalogue_tags``).
"""

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal

from django.conf import settings

WHOLE = Decimal("1")
BILLION = Decimal("1000000000")
MILLION = Decimal("1000000")


def usd_per_vnd() -> Decimal:
    """The reference rate as an exact decimal (``str`` first: ``Decimal(float)`` would carry binary noise)."""
    return Decimal(str(settings.PORTAL_USD_PER_VND))


def vnd_to_usd(amount_vnd, *, decimals: int = 0) -> Decimal | None:
    """``1200000000000`` → ``46153846`` (whole dollars; ``decimals=2``: cents); ``None`` stays ``None``."""
    if amount_vnd is None:
        return None
    return rounded(Decimal(amount_vnd) * usd_per_vnd(), decimals)


def usd_equivalent_decimals(amount_usd) -> int:
    """Cents below ten dollars (a tariff per kWh), whole dollars above."""
    return 2 if abs(Decimal(amount_usd)) < 10 else 0


def usd_to_vnd(amount_usd) -> Decimal | None:
    """``46153846`` → ``1199999996000`` (whole đồng); ``None`` stays ``None``."""
    if amount_usd is None:
        return None
    return (Decimal(amount_usd) / usd_per_vnd()).quantize(WHOLE, rounding=ROUND_HALF_EVEN)


def usd_bound_to_vnd(amount_usd, *, upper: bool) -> Decimal:
    """A USD filter bound as a VND bound that keeps every amount *shown* within it: a project shown as
    USD 46,153,846 passes ``capital_min=46153846`` and ``capital_max=46153846`` alike. The lower bound
    takes every amount that rounds up to it, the upper one every amount that rounds down to it."""
    half = Decimal("0.5")
    edge = (Decimal(amount_usd) + (half if upper else -half)) / usd_per_vnd()
    return edge.quantize(WHOLE, rounding=ROUND_FLOOR if upper else ROUND_CEILING)


def in_vnd_billions(amount_vnd) -> tuple[Decimal, int]:
    """The amount in billions of đồng and the decimals to show (one below ten billion, none above)."""
    amount = Decimal(amount_vnd) / BILLION
    return amount, 1 if amount < 10 else 0


def in_usd_millions(amount_usd) -> tuple[Decimal, int]:
    """The amount in millions of dollars and the decimals to show (one)."""
    return Decimal(amount_usd) / MILLION, 1


def rounded(amount: Decimal, decimals: int) -> Decimal:
    """``amount`` to ``decimals`` places, with the same rounding as the conversions."""
    return amount.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN)
