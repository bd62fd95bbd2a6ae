from django import template
from django.utils.safestring import mark_safe

from cms import formatting
from cms.render_cache import cached_many, html_for_reader, html_to_keep
from cms.templatetags import formatting_tags
from investment import reply_facts
from investment.models import Agency
from investment.selectors import ListedPages, catalogue_map_points

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


@register.simple_tag(takes_context=True)
def catalogue_cards(context, items: ListedPages, *parts):
    """The cards (``investment/includes/card.html``) of a listing's page, each kept until the next publish under its
    page's id and ``parts`` (``cms.render_cache.cached_many``): one read of the store for them all, and one query
    for the pages of the cards not kept."""
    template_ = context.template.engine.get_template("investment/includes/card.html")

    def compute(indices: list[int]) -> list[tuple[str, set[int]]]:
        ids = [items.ids[index] for index in indices]
        pages = items.load(ids)
        made = []
        for pk in ids:
            page = pages.get(pk)  # None: unpublished since its id was read (a race with an editor)
            if page is None:
                made.append(("", {pk}))
                continue
            with context.push(item=page):
                made.append((html_to_keep(str(template_.render(context))), {pk}))
        return made

    keyed = [(pk, *parts) for pk in items.ids]
    request = context.get("request")
    html = html_for_reader("".join(cached_many("card", keyed, request=request, compute=compute)), request)
    return mark_safe(html)  # noqa: S308  (the output of a template, escaped as it rendered)
