"""Success stories: investors already in the province, told with the facts an investor weighs (who, from
where, which sector, how much capital, how many jobs, since when) and in their own words (a quote), with
photos. Editors fill them in the admin under a "Success stories" listing; the listing shows the newest first."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms import money
from cms.blocks import BaseStreamBlock
from cms.models import PortalPage
from investment.api_fields import PlaceField, SectorListField
from investment.fields import NON_NEGATIVE


class SuccessStoryIndexPage(PortalPage):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    api_fields = [APIField("introduction")]
    subpage_types = ["investment.SuccessStoryPage"]
    max_count = 1
    template = "investment/success_story_index_page.html"

    class Meta:
        verbose_name = _("success story listing")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stories"] = list(
            SuccessStoryPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .select_related("main_image", "place")
            .prefetch_related("sectors")
            .order_by("-since_year", "-pk")
        )
        return context


class SuccessStoryPage(PortalPage):
    investor = models.CharField(_("investor"), max_length=200)
    investor_country = CountryField(_("investor's country"), blank=True)
    sectors = ParentalManyToManyField("investment.Sector", verbose_name=_("sectors"), blank=True, related_name="+")
    place = models.ForeignKey(
        "investment.Place", verbose_name=_("place"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    capital_vnd = models.DecimalField(
        _("capital invested (VND)"), max_digits=20, decimal_places=0, null=True, blank=True, validators=NON_NEGATIVE
    )
    jobs = models.PositiveIntegerField(_("jobs created"), null=True, blank=True)
    since_year = models.PositiveSmallIntegerField(
        _("investing here since"), null=True, blank=True, validators=[MinValueValidator(1975), MaxValueValidator(2100)]
    )
    summary = models.TextField(_("summary"), max_length=600)
    quote = models.TextField(_("quote"), blank=True)
    quote_author = models.CharField(_("quoted person"), max_length=200, blank=True, help_text=_("Name and role."))
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("story"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("main_image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("investor"), FieldPanel("investor_country")]),
                FieldPanel("sectors"),
                FieldPanel("place"),
                FieldRowPanel([FieldPanel("capital_vnd"), FieldPanel("jobs"), FieldPanel("since_year")]),
            ],
            _("Key facts"),
        ),
        MultiFieldPanel([FieldPanel("quote"), FieldPanel("quote_author")], _("In their words")),
        FieldPanel("body"),
        InlinePanel("photos", label=_("Photos")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("investor"),
        index.SearchField("quote"),
    ]
    api_fields = [
        APIField("investor"),
        APIField("investor_country"),
        APIField("sectors", serializer=SectorListField()),
        APIField("place", serializer=PlaceField()),
        APIField("capital_vnd"),
        APIField("capital_usd"),
        APIField("jobs"),
        APIField("since_year"),
        APIField("summary"),
        APIField("quote"),
        APIField("quote_author"),
        APIField("main_image"),
        APIField("body"),
        APIField("is_sample_content"),
    ]
    parent_page_types = ["investment.SuccessStoryIndexPage"]
    subpage_types: list[str] = []
    template = "investment/success_story_page.html"

    class Meta:
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")

    @property
    def capital_usd(self) -> Decimal | None:
        return money.vnd_to_usd(self.capital_vnd)

    def rendition_specs(self):
        """As investment/success_story_page.html and the listing's cards show them."""
        yield from super().rendition_specs()
        yield self.main_image, "width-{640,1200} format-{webp,jpeg}"
        yield self.main_image, "fill-{480x270} format-{webp,jpeg}"
        for item in self.photos.select_related("image"):
            yield item.image, "fill-{400x300,800x600} format-{webp,jpeg}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["photos"] = list(self.photos.select_related("image").order_by("sort_order"))
        context["sectors"] = list(self.sectors.order_by("path"))
        return context


class SuccessStoryImage(Orderable):
    page = ParentalKey(SuccessStoryPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]
