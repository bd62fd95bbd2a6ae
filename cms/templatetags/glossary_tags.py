"""``glossary_marks``: the first use of each glossary term in a text, marked with its definition.

Each mark is a link to the term on the glossary page and, beside it, the definition as a tooltip that
CSS shows on hover and on keyboard focus (``.glossary:hover``, ``:focus-within``); the link points to it
with ``aria-describedby``, so a screen reader reads the definition too. No script: the CSP allows only
the portal's own, and the definition must be readable without any. The text is escaped first; only the
marks are HTML.
"""

import itertools

from django import template
from django.core.cache import cache
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from cms.models import GlossaryPage, glossary_terms
from cms.models.glossary import glossary_version, term_pattern

register = template.Library()
_ids = itertools.count(1)


def glossary_url(language: str) -> str:
    key = f"portal:glossary-url:{language}:{glossary_version()}"
    url = cache.get(key)
    if url is None:
        page = GlossaryPage.objects.live().public().first()
        with translation.override(language):
            url = (page.get_url() or "") if page else ""
        cache.set(key, url, 300)
    return url


@register.filter(needs_autoescape=True)
def glossary_marks(text, autoescape=True):
    if not text:
        return text
    escaped = str(conditional_escape(text) if autoescape else text)
    language = translation.get_language() or "vi"
    terms = glossary_terms(language)
    if not terms:
        return mark_safe(escaped)  # noqa: S308  (escaped above)
    taken: list[tuple[int, int, dict]] = []
    for term in terms:  # longest first: a longer term wins over a term inside it
        match = term_pattern(str(conditional_escape(term["term"]))).search(escaped)
        while match and any(start < match.end() and match.start() < end for start, end, _term in taken):
            match = term_pattern(str(conditional_escape(term["term"]))).search(escaped, match.end())
        if match:
            taken.append((match.start(), match.end(), term))
    if not taken:
        return mark_safe(escaped)  # noqa: S308
    url = glossary_url(language)
    parts, position = [], 0
    for start, end, term in sorted(taken, key=lambda item: item[0]):
        tooltip_id = f"glossary-{term['key']}-{next(_ids)}"
        parts.append(escaped[position:start])
        parts.append(
            format_html(
                '<span class="glossary"><a class="glossary-term" href="{}#term-{}" aria-describedby="{}">{}</a>'
                '<span class="glossary-definition" role="tooltip" id="{}">{}</span></span>',
                url,
                term["key"],
                tooltip_id,
                mark_safe(escaped[start:end]),  # noqa: S308  (a slice of the escaped text)
                tooltip_id,
                term["definition"],
            )
        )
        position = end
    parts.append(escaped[position:])
    return mark_safe("".join(parts))  # noqa: S308  (escaped text and format_html marks)
