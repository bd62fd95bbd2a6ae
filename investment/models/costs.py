"""The cost of doing business: what an investor pays here for labour, power and water, land and offices,
transport to the ports and airports, and taxes, each figure with its source and the date it was verified.

One page (``CostOfDoingBusinessPage``, under the home page) holds the figures as inline rows that editors
fill in the admin, with their labels, notes and sources in every language; the public page shows them by
category with the date each was verified. Amounts are stored in their own currency (đồng, US dollars, or a
percentage) and shown with the equivalent in the other currency through ``cms.money``.

Each row has a ``key``: reply templates write ``{cost.<key>}`` for one figure, ``{costs.<category>}`` for a
category's lines and ``{cost_page_url}`` for the page (``cms.replies.ReplyFactSource``), so an answer to an
investor quotes today's verified figure, with its source and date, in the investor's language.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page

from cms.links import page_absolute_url
from cms.models import PortalPage
from cms.replies import ReplyFactSource, ReplyPlaceholder
from investment import reply_facts as rf
from investment.fields import NON_NEGATIVE

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class CostCategory(models.TextChoices):
    WAGES = "wages", _("Wages")
    UTILITIES = "utilities", _("Electricity and water")
    RENTS = "rents", _("Land and office rents")
    LOGISTICS = "logistics", _("Logistics")
    TAXES = "taxes", _("Taxes and contributions")


class CostCurrency(models.TextChoices):
    VND = "VND", _("Vietnamese đồng")
    USD = "USD", _("US dollars")
    PERCENT = "percent", _("Percentage")


class CostUnit(models.TextChoices):
    NONE = "", _("(no unit)")
    PER_MONTH = "month", _("per month")
    PER_KWH = "kwh", _("per kWh")
    PER_M3 = "m3", _("per m³")
    PER_M2_MONTH = "m2_month", _("per m² per month")
    PER_M2_YEAR = "m2_year", _("per m² per year")
    PER_M2_TERM = "m2_term", _("per m² for the lease term")
    PER_CONTAINER_40 = "container_40", _("per 40-foot container")
    PER_TRIP = "trip", _("per trip")
    PER_TONNE = "tonne", _("per tonne")


class CostPageForm(WagtailAdminPageForm):
    """Each figure's key is unique on the page (it names the figure in reply templates). Checked once the
    figures' own forms are clean (the page form's ``clean`` runs before them)."""

    def is_valid(self):
        valid = super().is_valid()
        formset = self.formsets.get("items")
        if formset is None:
            return valid
        seen = set()
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data or data.get("DELETE"):
                continue
            key = data.get("key")
            if key in seen:
                form.add_error("key", _("Another figure on this page has this key."))
                valid = False
            seen.add(key)
        return valid


class CostOfDoingBusinessPage(ReplyFactSource, PortalPage):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), InlinePanel("items", label=_("Figures"))]
    api_fields = [APIField("introduction"), APIField("items")]
    base_form_class = CostPageForm
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count = 1
    template = "investment/cost_of_doing_business_page.html"

    class Meta:
        verbose_name = _("cost of doing business")
        verbose_name_plural = _("cost of doing business pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = list(self.items.all())
        context["categories"] = [
            {"key": key, "label": label, "items": [item for item in items if item.category == key]}
            for key, label in CostCategory.choices
            if any(item.category == key for item in items)
        ]
        return context

    # --- replies (the protocol of cms.replies.ReplyFactSource) ----------------------------------

    @classmethod
    def live_page(cls) -> CostOfDoingBusinessPage | None:
        return cls.objects.live().public().order_by("path").first()

    @classmethod
    def reply_site_placeholders(cls) -> list[ReplyPlaceholder]:
        placeholders = [ReplyPlaceholder("cost_page_url", _("Link to the cost of doing business page"))]
        placeholders += [
            ReplyPlaceholder(f"costs.{key}", _("Cost of doing business: %(category)s") % {"category": label})
            for key, label in CostCategory.choices
        ]
        page = cls.live_page()
        if page is not None:
            placeholders += [ReplyPlaceholder(f"cost.{item.key}", item.label) for item in page.items.all()]
        return placeholders

    @classmethod
    def reply_site_facts(cls, *, language: str) -> dict[str, str]:
        page = cls.live_page()
        if page is None:
            return {}
        items = list(page.items.all())
        facts = {"cost_page_url": page_absolute_url(page)}
        for item in items:
            facts[f"cost.{item.key}"] = item.reply_text(sample=page.is_sample_content)
        for key, _label in CostCategory.choices:
            lines = [
                gettext("%(label)s: %(figure)s")
                % {"label": item.label, "figure": item.reply_text(page.is_sample_content)}
                for item in items
                if item.category == key
            ]
            facts[f"costs.{key}"] = rf.lines(lines)
        return rf.facts(**facts)


class CostItem(Orderable):
    """One figure: an amount (or a range) in its currency and unit, with its source and verification date."""

    page = ParentalKey(CostOfDoingBusinessPage, on_delete=models.CASCADE, related_name="items")
    key = models.CharField(
        _("key"),
        max_length=40,
        help_text=_("Names the figure in reply templates: {cost.<key>}. Lower-case letters, digits and _."),
    )
    category = models.CharField(_("category"), max_length=20, choices=CostCategory.choices)
    label = models.CharField(_("what"), max_length=200)
    amount = models.DecimalField(_("amount"), max_digits=16, decimal_places=2, validators=NON_NEGATIVE)
    amount_max = models.DecimalField(
        _("up to"),
        max_digits=16,
        decimal_places=2,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
        help_text=_("For a range: the upper amount."),
    )
    currency = models.CharField(_("currency"), max_length=10, choices=CostCurrency.choices, default=CostCurrency.VND)
    unit = models.CharField(_("unit"), max_length=20, choices=CostUnit.choices, blank=True, default=CostUnit.NONE)
    note = models.CharField(_("note"), max_length=300, blank=True)
    source = models.CharField(_("source"), max_length=300)
    source_url = models.URLField(_("source link"), blank=True)
    verified_on = models.DateField(_("verified on"))

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("category")]),
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("amount_max"), FieldPanel("currency"), FieldPanel("unit")]),
        FieldPanel("note"),
        MultiFieldPanel([FieldPanel("source"), FieldPanel("source_url"), FieldPanel("verified_on")], _("Source")),
    ]
    api_fields = [
        APIField("key"),
        APIField("category"),
        APIField("label"),
        APIField("amount"),
        APIField("amount_max"),
        APIField("currency"),
        APIField("unit"),
        APIField("text"),
        APIField("note"),
        APIField("source"),
        APIField("source_url"),
        APIField("verified_on"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("cost figure")
        verbose_name_plural = _("cost figures")

    def __str__(self) -> str:
        return self.label

    def clean(self):
        super().clean()
        if self.key and not KEY_PATTERN.match(self.key):
            raise ValidationError({"key": _("Use lower-case letters, digits and _, starting with a letter.")})
        if self.amount_max is not None and self.amount is not None and self.amount_max < self.amount:
            raise ValidationError({"amount_max": _("The upper amount must not be below the amount.")})

    def _figure(self, amount) -> str:
        if self.currency == CostCurrency.PERCENT:
            return f"{rf.number(amount, 2)} %"
        if self.currency == CostCurrency.USD:
            return rf.money_in_usd(amount)
        return rf.money_in_vnd(amount)

    @property
    def text(self) -> str:
        """ "4,730,000 VND (≈ USD 182) per month", or a range "… to …", in the active language."""
        figure = self._figure(self.amount)
        if self.amount_max is not None and self.amount_max != self.amount:
            figure = gettext("%(low)s to %(high)s") % {"low": figure, "high": self._figure(self.amount_max)}
        if self.unit:
            figure = gettext("%(figure)s %(unit)s") % {"figure": figure, "unit": self.get_unit_display()}
        return figure

    def reply_text(self, sample: bool = False) -> str:
        """The figure as a reply quotes it: with its source and the date it was verified."""
        text = gettext("%(figure)s (source: %(source)s, verified %(date)s)") % {
            "figure": self.text,
            "source": self.source,
            "date": rf.day(self.verified_on),
        }
        if sample:
            text = gettext("%(text)s [illustrative figure]") % {"text": text}
        return text
