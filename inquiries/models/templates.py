"""Reply templates: the business-case answer an officer starts from, one body per language.

A template says which inquiries it suits (agency, inquiry kinds, what the inquiry is about: a project, a
zone, an opportunity or no page, and sectors) and which guides its ``{guides}`` placeholder links. Its body
exists in each language (``body_vi`` … ``body_zh_hans``, django-modeltranslation): an investor is answered
in their own language, never in a fallback, so a template without a body in the inquiry's language is not
offered for it. ``inquiries.replies`` chooses the best template and fills its placeholders.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

NO_PAGE = "none"  # in ``page_kinds``: an inquiry about no page (the general form)


class ReplyTemplate(models.Model):
    title = models.CharField(_("title"), max_length=120, help_text=_("For officers: what the template is for."))
    agency = models.ForeignKey(
        "investment.Agency",
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty: available to every agency."),
    )
    kinds = models.JSONField(_("inquiry kinds"), default=list, blank=True, help_text=_("Empty: every kind."))
    page_kinds = models.JSONField(
        _("about"),
        default=list,
        blank=True,
        help_text=_("What the inquiry is about: a project, a zone, an opportunity or no page. Empty: anything."),
    )
    sectors = models.ManyToManyField(
        "investment.Sector",
        verbose_name=_("sectors"),
        blank=True,
        related_name="+",
        help_text=_(
            "Inquiries in these sectors or their sub-sectors (the inquiry's or its page's). Empty: every sector."
        ),
    )
    guides = models.ManyToManyField(
        "cms.InvestorGuidePage",
        verbose_name=_("guides"),
        blank=True,
        related_name="+",
        help_text=_("The guides that {guides} lists, with their links in the investor's language."),
    )
    body = models.TextField(_("text"), blank=True)

    class Meta:
        verbose_name = _("reply template")
        verbose_name_plural = _("reply templates")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def body_in(self, language: str) -> str:
        """The body written in ``language`` ("" if there is none: no fallback to another language)."""
        return getattr(self, build_localized_fieldname("body", language), None) or ""

    @property
    def languages(self) -> list[str]:
        return [code for code, _name in settings.LANGUAGES if self.body_in(code).strip()]
