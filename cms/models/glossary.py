"""The glossary: investment and administrative terms in five languages, with definitions.

Editors keep it in the admin (a snippet). It serves three readers:

- the investor: ``GlossaryPage`` lists every term with its definition (anchor ``#term-<key>``), and the
  ``glossary_marks`` filter marks the first use of each term in a page's text with a link to it whose
  definition shows on hover and on keyboard focus, in CSS only (no script: the CSP allows only our own);
- the translator: ``ui_labels`` names the English interface strings (msgids of ``locale/*/django.po``)
  that stand for the term; ``tests/languages/test_glossary.py`` checks that each catalogue translates
  them with the glossary's term (this catches 地域, "region", for "Area", where Japanese says 面積);
- the search and API: ``term`` and ``definition`` are translated fields like any other.

The terms of a language are read once and kept in the cache until a term is saved or deleted.
"""

import re

from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from .pages import PortalPage

CACHE_KEY = "portal:glossary:{language}:{version}"
VERSION_KEY = "portal:glossary:version"


class GlossaryTerm(index.Indexed, models.Model):
    key = models.SlugField(_("key"), max_length=60, unique=True, help_text=_("Stable: used in links (#term-key)."))
    term = models.CharField(_("term"), max_length=120)
    definition = models.TextField(_("definition"))
    ui_labels = models.TextField(
        _("interface labels"),
        blank=True,
        help_text=_("English interface texts that name this term, one per line (checked in every catalogue)."),
    )

    panels = [FieldPanel("key"), FieldPanel("term"), FieldPanel("definition"), FieldPanel("ui_labels")]
    search_fields = [index.SearchField("term"), index.SearchField("definition"), index.AutocompleteField("term")]

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["key"]

    def __str__(self) -> str:
        return self.term

    @property
    def anchor(self) -> str:
        return f"term-{self.key}"

    @property
    def ui_label_list(self) -> list[str]:
        return [line.strip() for line in self.ui_labels.splitlines() if line.strip()]


def glossary_version() -> int:
    return cache.get_or_set(VERSION_KEY, 1)


@receiver([post_save, post_delete], sender=GlossaryTerm)
def _glossary_changed(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2)


def glossary_terms(language: str) -> list[dict]:
    """``[{"key", "term", "definition"}]`` in ``language`` (falling back like every translated field),
    longest term first so that "industrial park" is marked before "park"."""
    key = CACHE_KEY.format(language=language, version=glossary_version())
    terms = cache.get(key)
    if terms is None:
        with translation.override(language):
            terms = [
                {"key": term.key, "term": term.term, "definition": term.definition}
                for term in GlossaryTerm.objects.all()
                if term.term
            ]
        terms.sort(key=lambda item: -len(item["term"]))
        cache.set(key, terms, 3600)
    return terms


def term_pattern(term: str) -> re.Pattern:
    """The term as written in running text: whole words in scripts with spaces, anywhere in CJK text."""
    escaped = re.escape(term)
    if re.search(r"[A-Za-zÀ-ỹ0-9]", term[:1]) and re.search(r"[A-Za-zÀ-ỹ0-9]", term[-1:]):
        return re.compile(rf"(?<![\w-]){escaped}(?![\w-])", re.IGNORECASE)
    return re.compile(escaped)


class GlossaryPage(PortalPage):
    """Every glossary term with its definition, in the reader's language."""

    page_cache_everywhere = True  # glossary links on any page point to it (cms.page_dependencies)

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    api_fields = [APIField("introduction")]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("glossary page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terms"] = sorted(GlossaryTerm.objects.all(), key=lambda term: term.term.casefold())
        return context
