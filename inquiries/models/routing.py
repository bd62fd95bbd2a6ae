"""Routing rules, edited by agency administrators, and reply templates per language."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from cms.models import legal_references_expand

from .inquiries import InquiryKind


class RoutingRule(models.Model):
    """Evaluated in priority order (lowest number first); the first active rule whose conditions all
    hold decides the agency. An empty condition matches every inquiry."""

    name = models.CharField(_("name"), max_length=120)
    priority = models.PositiveIntegerField(_("priority"), default=100, help_text=_("Lower numbers are tried first."))
    is_active = models.BooleanField(_("active"), default=True)
    kinds = models.JSONField(
        _("kinds"), default=list, blank=True, help_text=_("Inquiry kinds this rule applies to; empty: every kind.")
    )
    about_a_page = models.BooleanField(
        _("only inquiries about a page"),
        default=False,
        help_text=_("Match only inquiries about a project, opportunity or zone."),
    )
    page_agency = models.ForeignKey(
        "investment.Agency",
        verbose_name=_("page's agency"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Match inquiries about a page published by this agency."),
    )
    sector = models.ForeignKey(
        "investment.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Match inquiries in this sector or one of its sub-sectors."),
    )
    place = models.ForeignKey(
        "investment.Place",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Match inquiries about a page located in this place or a place within it."),
    )
    countries = CountryField(_("investor's countries"), multiple=True, blank=True)
    to_page_agency = models.BooleanField(
        _("send to the page's agency"), default=False, help_text=_("Route to the agency in charge of the page.")
    )
    target_agency = models.ForeignKey(
        "investment.Agency",
        verbose_name=_("send to agency"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )

    class Meta:
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")
        ordering = ["priority", "pk"]

    def __str__(self) -> str:
        return f"{self.priority} · {self.name}"

    def clean(self):
        super().clean()
        if not self.to_page_agency and not self.target_agency_id:
            raise ValidationError({"target_agency": _("Choose an agency, or send to the page's agency.")})
        if self.to_page_agency and self.target_agency_id:
            raise ValidationError({"target_agency": _("Either an agency or the page's agency, not both.")})
        valid = {value for value, _label in InquiryKind.choices}
        if not isinstance(self.kinds, list) or any(kind not in valid for kind in self.kinds):
            raise ValidationError({"kinds": _("Unknown inquiry kind.")})


class ReplyTemplate(models.Model):
    """A reply that officers start from, per language; {name}, {reference} and {agency} are filled in."""

    title = models.CharField(_("title"), max_length=120)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    agency = models.ForeignKey(
        "investment.Agency",
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty: available to every agency."),
    )
    kinds = models.JSONField(_("kinds"), default=list, blank=True, help_text=_("Empty: every kind."))
    body = models.TextField(
        _("text"),
        help_text=_(
            "Placeholders: {name}, {reference}, {agency}, {officer}; {legal:61/2020/QH14#15} links to article 15 "
            "of that legal text, in the template's language."
        ),
    )

    class Meta:
        verbose_name = _("reply template")
        verbose_name_plural = _("reply templates")
        ordering = ["language", "title"]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"

    def render(self, **values: str) -> str:
        text = self.body
        for key in ("name", "reference", "agency", "officer"):
            text = text.replace("{" + key + "}", str(values.get(key, "")))
        return legal_references_expand(text, language=self.language)
