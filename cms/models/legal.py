"""Legal texts beside their translations, and the structured references that point at one article.

A ``LegalDocumentPage`` holds a law, decree, decision or provincial resolution article by article
(``LegalArticle``, inline and ordered). The Vietnamese text of each article (``heading_vi``, ``text_vi``) is
the authoritative one; the other languages are translations aligned beside it, article by article, and
every page says, in the reader's language, that the Vietnamese text prevails. An article without a
translation in the reader's language shows the original alone, with a note (it never falls back to a
third language: a legal reader must know what they read).

Each article has a stable anchor, ``#article-<number>``, built from its number (not its position), so a
link stays right when articles are inserted. Incentives, guides (``LegalReferenceBlock``) and reply
templates point at an article with a ``LegalReference``-shaped pair: the document page and the article
number; ``legal_reference_text`` writes it in the reader's language ("Decree 31/2021/NĐ-CP, Article 15").

Status: in force, amended (still in force, some articles changed by ``amended_by``), repealed (by
``repealed_by``, from ``effective_until``), or not yet in force (``effective_from`` in the future); the
page shows the status and the dates in the reader's language.
"""

import re

from django.conf import settings
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.legal_reference import legal_reference_text

from .pages import PortalPage

SOURCE_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


class LegalIndexPage(PortalPage):
    """The list of legal texts, newest first."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    subpage_types = ["cms.LegalDocumentPage"]
    max_count = 1

    class Meta:
        verbose_name = _("legal texts index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["documents"] = LegalDocumentPage.objects.child_of(self).live().public().order_by("-issued_on", "path")
        return context


class LegalDocumentPage(PortalPage):
    page_cache_everywhere = True  # any page's legal references find it by number (cms.page_dependencies)

    class Kind(models.TextChoices):
        LAW = "law", _("Law")
        DECREE = "decree", _("Decree")
        CIRCULAR = "circular", _("Circular")
        DECISION = "decision", _("Decision")
        RESOLUTION = "resolution", _("Provincial resolution")

    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("In force")
        AMENDED = "amended", _("In force, amended")
        REPEALED = "repealed", _("Repealed")
        NOT_YET = "not_yet", _("Not yet in force")

    kind = models.CharField(_("kind of text"), max_length=20, choices=Kind.choices)
    number = models.CharField(
        _("number and symbol"), max_length=60, help_text=_("As issued, e.g. 31/2021/NĐ-CP (never translated).")
    )
    issuer = models.CharField(_("issued by"), max_length=200, blank=True)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    effective_from = models.DateField(_("in force from"), null=True, blank=True)
    effective_until = models.DateField(_("in force until"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.IN_FORCE)
    amended_by = models.ForeignKey(
        "self",
        verbose_name=_("amended by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="amends",
    )
    repealed_by = models.ForeignKey(
        "self",
        verbose_name=_("repealed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="repeals",
    )
    summary = models.TextField(_("summary"), blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("number")]),
        FieldPanel("issuer"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("issued_on"), FieldPanel("effective_from"), FieldPanel("effective_until")]),
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("amended_by"), FieldPanel("repealed_by")]),
            ],
            _("Status"),
        ),
        InlinePanel("articles", label=_("Articles (the Vietnamese text is authoritative)")),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("number"),
        index.SearchField("summary"),
        index.FilterField("status"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("number"),
        APIField("issuer"),
        APIField("issued_on"),
        APIField("effective_from"),
        APIField("effective_until"),
        APIField("status"),
        APIField("summary"),
        APIField("articles"),
    ]
    parent_page_types = ["cms.LegalIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("legal text")
        verbose_name_plural = _("legal texts")

    def get_context(self, request, *args, **kwargs):
        """Each article with its translation in the reader's language only (no fallback to a third
        language beside the original): ``translated_heading``, ``translated_text``."""
        context = super().get_context(request, *args, **kwargs)
        field = translation.get_language() or SOURCE_LANGUAGE
        articles = list(self.articles.all())
        for article in articles:
            article.translated_heading = getattr(article, build_localized_fieldname("heading", field), "") or ""
            article.translated_text = getattr(article, build_localized_fieldname("text", field), "") or ""
        context["articles"] = articles
        return context

    @property
    def current_status(self) -> str:
        """The status on today's date: a text past ``effective_until`` is repealed, one before
        ``effective_from`` not yet in force, whatever was typed."""
        today = timezone.localdate()
        if self.effective_until and self.effective_until < today:
            return self.Status.REPEALED
        if self.effective_from and self.effective_from > today:
            return self.Status.NOT_YET
        return self.status

    @property
    def current_status_label(self) -> str:
        return str(self.Status(self.current_status).label)

    def article(self, number: str) -> "LegalArticle | None":
        return next((article for article in self.articles.all() if article.number == str(number)), None)

    def article_url(self, number: str, request=None) -> str:
        return (self.get_url(request=request) or "") + f"#{LegalArticle.anchor_for(number)}"


class LegalArticle(Orderable):
    """One article: the Vietnamese original (``*_vi``) and its translations (modeltranslation)."""

    page = ParentalKey(LegalDocumentPage, on_delete=models.CASCADE, related_name="articles")
    number = models.CharField(_("article number"), max_length=20, help_text=_("As in the text: 1, 2, 15a…"))
    heading = models.CharField(_("heading"), max_length=300, blank=True)
    text = models.TextField(_("text"))

    panels = [FieldPanel("number"), FieldPanel("heading"), FieldPanel("text")]
    api_fields = [APIField("number"), APIField("anchor"), APIField("heading"), APIField("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self) -> str:
        return gettext("Article %(number)s") % {"number": self.number}

    @staticmethod
    def anchor_for(number) -> str:
        return "article-" + "".join(char if char.isalnum() else "-" for char in str(number).strip().lower())

    @property
    def anchor(self) -> str:
        return self.anchor_for(self.number)


LEGAL_PLACEHOLDER = re.compile(r"\{legal:(?P<number>[^#{}]+)#(?P<article>[^{}]+)\}")


def legal_references_expand(text: str, *, language: str) -> str:
    """Replaces each ``{legal:<number>#<article>}`` in a reply (``{legal:61/2020/QH14#15}``: the text's
    number as issued, and the article) by the reference in ``language`` with the article's full address:
    "Law on Investment 61/2020/QH14, Article 15 (https://…/en/legal-texts/…/#article-15)". A number that
    no live legal text has is left as it is, so the officer sees it before sending."""

    def replace(match: re.Match) -> str:
        document = LegalDocumentPage.objects.live().filter(number=match["number"].strip()).first()
        if document is None:
            return match.group(0)
        article = match["article"].strip()
        with translation.override(language):
            url = (document.get_full_url() or "") + f"#{LegalArticle.anchor_for(article)}"
            return f"{legal_reference_text(document, article)} ({url})"

    return LEGAL_PLACEHOLDER.sub(replace, text or "")
