from django import template

from cms import formatting
from cms.templatetags import formatting_tags
from investment.models import Agency

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
def sub_url(page, name: str) -> str:
    """The URL of a RoutablePageMixin route of ``page`` (e.g. ``fact_sheet``, ``compare``)."""
    base = page.url or ""
    return base + page.reverse_subpage(name)


@register.simple_tag
def footer_agencies():
    """The agencies the site footer lists (``Agency.footer_position``), in their order."""
    return list(Agency.objects.filter(footer_position__isnull=False).order_by("footer_position", "name"))
