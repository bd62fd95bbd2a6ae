from django import template

from cms import formatting
from cms.templatetags import formatting_tags
from investment import reply_facts
from investment.models import Agency
from investment.selectors import catalogue_map_points

register = template.Library()


@register.filter
def vnd_billions(value) -> str:
    """``1200000000000`` → "VND 1.2 trillion", "1兆2,000億ドン" (``cms.formatting``)."""
    return formatting.format_vnd(value)


@register.filter
def usd_millions(value) -> str:
    """``46153846`` → "USD 46.2 million", "4,620万米ドル" (``cms.formatting``)."""
    return formatting.format_usd(value)


register.filter("capital", formatting_tags.capital)
register.filter("local_date", formatting_tags.local_date)


@register.filter
def money_vnd(value) -> str:
    """``4730000`` → "4,730,000 VND (≈ USD 182)" (small amounts in cents), as replies quote it."""
    return "" if value in (None, "") else reply_facts.money_in_vnd(value)


@register.filter
def money_usd(value) -> str:
    """``75`` → "USD 75 (≈ 1,950,000 VND)"."""
    return "" if value in (None, "") else reply_facts.money_in_usd(value)


@register.filter
def sub_url(page, name: str) -> str:
    """The URL of a RoutablePageMixin route of ``page`` (e.g. ``fact_sheet``, ``compare``)."""
    base = page.url or ""
    return base + page.reverse_subpage(name)


@register.simple_tag
def footer_agencies():
    """The agencies the site footer lists (``Agency.footer_position``), in their order."""
    return list(Agency.objects.filter(footer_position__isnull=False).order_by("footer_position", "name"))


@register.simple_tag(takes_context=True)
def detail_map_points(context, page) -> list[dict]:
    """The one marker of a detail page's own map."""
    return catalogue_map_points(items=[page], request=context.get("request"))
