"""The catalogue: investment projects, agricultural opportunities and industrial zones, each
published by an agency, with their listing pages."""

from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.blocks import BaseStreamBlock
from cms.models import PortalPage
from investment.admin_forms import CataloguePageForm
from investment.api_fields import (
    AgencyField,
    ChoiceLabelsField,
    DocumentListField,
    ImageListField,
    PlaceField,
    SectorListField,
    TitleListField,
)
from investment.choices import (
    TARGET_MARKETS,
    Certification,
    Commodity,
    InvestmentForm,
    LandClearance,
    Month,
    PartnerSought,
    ProjectStatus,
    ValueChainStage,
)
from investment.fields import MultipleChoiceListField
from investment.permissions import AgencyPagePermissionTester

NON_NEGATIVE = [MinValueValidator(Decimal("0"))]


class CataloguePage(PortalPage):
    """What projects, opportunities and zones share: an agency in charge, sectors, a place,
    coordinates, and the date their data was last verified."""

    summary = models.TextField(_("summary"), max_length=600, help_text=_("Two or three sentences for listings."))
    description = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("description"))
    agency = models.ForeignKey(
        "investment.Agency", verbose_name=_("agency in charge"), on_delete=models.PROTECT, related_name="+"
    )
    sectors = ParentalManyToManyField("investment.Sector", verbose_name=_("sectors"), blank=True, related_name="+")
    place = models.ForeignKey(
        "investment.Place", verbose_name=_("place"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(Decimal("-90")), MaxValueValidator(Decimal("90"))],
    )  # fmt: skip
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(Decimal("-180")), MaxValueValidator(Decimal("180"))],
    )  # fmt: skip
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_verified = models.DateField(
        _("data last verified"), default=timezone.localdate, help_text=_("When the agency last confirmed the facts.")
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("agency"),
        index.FilterField("place"),
        index.FilterField("last_verified"),
    ]

    base_form_class = CataloguePageForm

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return AgencyPagePermissionTester(user, self)

    @property
    def is_stale(self) -> bool:
        limit = timezone.localdate() - relativedelta(months=settings.PORTAL_STALE_AFTER_MONTHS)
        return self.last_verified < limit

    @property
    def coordinates(self) -> tuple[float, float] | None:
        if self.latitude is not None and self.longitude is not None:
            return float(self.latitude), float(self.longitude)
        if self.place_id and self.place.latitude is not None and self.place.longitude is not None:
            return float(self.place.latitude), float(self.place.longitude)
        return None

    @property
    def stale_since(self):
        return self.last_verified + relativedelta(months=settings.PORTAL_STALE_AFTER_MONTHS)

    def get_context(self, request, *args, **kwargs):
        from investment.selectors import catalogue_related

        context = super().get_context(request, *args, **kwargs)
        context["related"] = catalogue_related(page=self)
        context["stale_after_months"] = settings.PORTAL_STALE_AFTER_MONTHS
        return context


CATALOGUE_API_FIELDS = [
    APIField("summary"),
    APIField("description"),
    APIField("agency", serializer=AgencyField()),
    APIField("sectors", serializer=SectorListField()),
    APIField("place", serializer=PlaceField()),
    APIField("latitude"),
    APIField("longitude"),
    APIField("main_image"),
    APIField("last_verified"),
    APIField("is_stale"),
    APIField("contact_name"),
    APIField("contact_email"),
    APIField("contact_phone"),
    APIField("is_sample_content"),
]


LOCATION_PANELS = MultiFieldPanel(
    [FieldPanel("place"), FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])], _("Location")
)
CONTACT_PANELS = MultiFieldPanel(
    [FieldPanel("agency"), FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
    _("Agency and contact"),
)


class ProjectPage(RoutablePageMixin, CataloguePage):
    """An investment project that an agency offers to investors."""

    card_kind = "project"  # which facts templates/investment/includes/card.html shows

    area_ha = models.DecimalField(
        _("area (ha)"), max_digits=10, decimal_places=2, null=True, blank=True, validators=NON_NEGATIVE
    )
    capital_vnd = models.DecimalField(
        _("total capital (VND)"), max_digits=20, decimal_places=0, null=True, blank=True, validators=NON_NEGATIVE
    )
    investment_forms = MultipleChoiceListField(_("investment forms"), choices=InvestmentForm.choices)
    status = models.CharField(_("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.CALLING)
    incentives = ParentalManyToManyField("investment.Incentive", verbose_name=_("incentives"), blank=True)
    land_clearance = models.CharField(
        _("land clearance"), max_length=20, choices=LandClearance.choices, default=LandClearance.NOT_STARTED
    )
    planning_approved = models.BooleanField(_("planning approved"), default=False)
    legal_basis = models.TextField(_("legal basis"), blank=True)
    distance_port_km = models.DecimalField(
        _("to the nearest port (km)"), max_digits=7, decimal_places=1, null=True, blank=True, validators=NON_NEGATIVE
    )
    nearest_port = models.CharField(_("nearest port"), max_length=120, blank=True)
    distance_airport_km = models.DecimalField(
        _("to the nearest airport (km)"), max_digits=7, decimal_places=1, null=True, blank=True, validators=NON_NEGATIVE
    )
    nearest_airport = models.CharField(_("nearest airport"), max_length=120, blank=True)
    distance_city_km = models.DecimalField(
        _("to the nearest city (km)"), max_digits=7, decimal_places=1, null=True, blank=True, validators=NON_NEGATIVE
    )
    nearest_city = models.CharField(_("nearest city"), max_length=120, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("main_image"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("sectors"),
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("area_ha"), FieldPanel("capital_vnd")]),
                FieldPanel("investment_forms"),
                FieldPanel("incentives"),
            ],
            _("Key facts"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("land_clearance"), FieldPanel("planning_approved")]),
                FieldPanel("legal_basis"),
                FieldPanel("last_verified"),
            ],
            _("Readiness"),
        ),
        LOCATION_PANELS,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("nearest_port"), FieldPanel("distance_port_km")]),
                FieldRowPanel([FieldPanel("nearest_airport"), FieldPanel("distance_airport_km")]),
                FieldRowPanel([FieldPanel("nearest_city"), FieldPanel("distance_city_km")]),
            ],
            _("Distances"),
        ),
        CONTACT_PANELS,
        InlinePanel("gallery_images", label=_("Gallery")),
        InlinePanel("brochures", label=_("Brochures (PDF)")),
    ]
    search_fields = CataloguePage.search_fields + [
        index.FilterField("status"),
        index.FilterField("capital_vnd"),
    ]
    api_fields = CATALOGUE_API_FIELDS + [
        APIField("status"),
        APIField("status_label", serializer=ChoiceLabelsField(source="get_status_display")),
        APIField("area_ha"),
        APIField("capital_vnd"),
        APIField("capital_usd"),
        APIField("investment_forms"),
        APIField("incentives", serializer=TitleListField()),
        APIField("land_clearance"),
        APIField("planning_approved"),
        APIField("legal_basis"),
        APIField("readiness_score"),
        APIField("nearest_port"),
        APIField("distance_port_km"),
        APIField("nearest_airport"),
        APIField("distance_airport_km"),
        APIField("nearest_city"),
        APIField("distance_city_km"),
        APIField("gallery_images", serializer=ImageListField()),
        APIField("brochures", serializer=DocumentListField()),
    ]
    parent_page_types = ["investment.ProjectIndexPage"]
    subpage_types: list[str] = []
    template = "investment/project_page.html"

    class Meta:
        verbose_name = _("investment project")
        verbose_name_plural = _("investment projects")

    def get_context(self, request, *args, **kwargs):
        from investment.selectors import project_detail_parts

        context = super().get_context(request, *args, **kwargs)
        context.update(project_detail_parts(project=self))
        return context

    @path("fact-sheet/", name="fact_sheet")
    def fact_sheet(self, request):
        """A one-page printable summary in the reader's language."""
        return self.render(request, template="investment/project_fact_sheet.html")

    @property
    def compare_url(self) -> str:
        """The parent listing's comparison, derived from this page's own URL (no query for the parent)."""
        url = self.url or ""
        return url[: url.rstrip("/").rfind("/") + 1] + ProjectIndexPage.get_resolver().reverse("compare")

    @property
    def investment_form_labels(self) -> list[str]:
        return self._meta.get_field("investment_forms").labels(self.investment_forms)

    @property
    def capital_usd(self) -> Decimal | None:
        if self.capital_vnd is None:
            return None
        return (self.capital_vnd * Decimal(str(settings.PORTAL_USD_PER_VND))).quantize(Decimal("1"))

    @property
    def readiness_score(self) -> int:
        """0–3: land cleared, planning approved, legal basis stated."""
        return (
            int(self.land_clearance == LandClearance.DONE)
            + int(self.planning_approved)
            + int(bool((self.legal_basis or "").strip()))
        )


class ProjectImage(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]


class ProjectDocument(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="brochures")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=250, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]


class OpportunityPage(CataloguePage):
    """An agricultural opportunity: a commodity, a stage of its value chain and the partner sought."""

    card_kind = "opportunity"  # which facts templates/investment/includes/card.html shows

    commodity = models.CharField(_("commodity"), max_length=20, choices=Commodity.choices)
    value_chain_stages = MultipleChoiceListField(_("value-chain stages"), choices=ValueChainStage.choices)
    volume_tonnes_per_year = models.DecimalField(
        _("volume (tonnes per year)"), max_digits=12, decimal_places=1, null=True, blank=True, validators=NON_NEGATIVE
    )
    volume_note = models.CharField(_("volume note"), max_length=200, blank=True)
    harvest_months = MultipleChoiceListField(_("harvest months"), choices=Month.choices)
    certifications = MultipleChoiceListField(_("certifications"), choices=Certification.choices)
    partners_sought = MultipleChoiceListField(_("partners sought"), choices=PartnerSought.choices)
    target_markets = MultipleChoiceListField(_("target export markets"), choices=TARGET_MARKETS)
    capital_vnd = models.DecimalField(
        _("capital sought (VND)"), max_digits=20, decimal_places=0, null=True, blank=True, validators=NON_NEGATIVE
    )
    status = models.CharField(_("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.CALLING)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("main_image"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("commodity"), FieldPanel("status")]),
                FieldPanel("sectors"),
                FieldPanel("value_chain_stages"),
                FieldRowPanel([FieldPanel("volume_tonnes_per_year"), FieldPanel("volume_note")]),
                FieldPanel("harvest_months"),
                FieldPanel("certifications"),
                FieldPanel("partners_sought"),
                FieldPanel("target_markets"),
                FieldPanel("capital_vnd"),
                FieldPanel("last_verified"),
            ],
            _("Key facts"),
        ),
        LOCATION_PANELS,
        CONTACT_PANELS,
    ]
    search_fields = CataloguePage.search_fields + [index.FilterField("commodity"), index.FilterField("status")]
    api_fields = CATALOGUE_API_FIELDS + [
        APIField("commodity"),
        APIField("commodity_label", serializer=ChoiceLabelsField(source="get_commodity_display")),
        APIField("value_chain_stages"),
        APIField("volume_tonnes_per_year"),
        APIField("volume_note"),
        APIField("harvest_months"),
        APIField("certifications"),
        APIField("partners_sought"),
        APIField("target_markets"),
        APIField("capital_vnd"),
        APIField("capital_usd"),
        APIField("status"),
    ]
    parent_page_types = ["investment.OpportunityIndexPage"]
    subpage_types: list[str] = []
    template = "investment/opportunity_page.html"

    class Meta:
        verbose_name = _("agricultural opportunity")
        verbose_name_plural = _("agricultural opportunities")

    @property
    def capital_usd(self) -> Decimal | None:
        if self.capital_vnd is None:
            return None
        return (self.capital_vnd * Decimal(str(settings.PORTAL_USD_PER_VND))).quantize(Decimal("1"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        months = {int(month) for month in self.harvest_months or []}
        context["calendar"] = [
            {"number": number, "label": label, "harvest": number in months} for number, label in Month.choices
        ]
        context["sectors"] = list(self.sectors.order_by("path"))
        for name in ("value_chain_stages", "certifications", "partners_sought", "target_markets"):
            context[f"{name}_labels"] = self._meta.get_field(name).labels(getattr(self, name))
        return context


class ZonePage(CataloguePage):
    """An industrial zone or cluster with land for lease."""

    card_kind = "zone"  # which facts templates/investment/includes/card.html shows

    area_ha = models.DecimalField(_("total area (ha)"), max_digits=10, decimal_places=2, validators=NON_NEGATIVE)
    occupancy_percent = models.DecimalField(
        _("occupancy (%)"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    lease_price_usd_m2 = models.DecimalField(
        _("land lease price (USD per m²)"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
    )
    lease_terms = models.CharField(_("lease terms"), max_length=200, blank=True)
    power_supply = models.CharField(_("power supply"), max_length=200, blank=True)
    water_supply = models.CharField(_("water supply"), max_length=200, blank=True)
    wastewater = models.CharField(_("wastewater treatment"), max_length=200, blank=True)
    roads = models.CharField(_("roads"), max_length=200, blank=True)
    distance_port_km = models.DecimalField(
        _("to the nearest port (km)"), max_digits=7, decimal_places=1, null=True, blank=True, validators=NON_NEGATIVE
    )
    nearest_port = models.CharField(_("nearest port"), max_length=120, blank=True)
    incentives = ParentalManyToManyField("investment.Incentive", verbose_name=_("incentives"), blank=True)
    established = models.DateField(_("established"), null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("main_image"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("area_ha"), FieldPanel("occupancy_percent")]),
                FieldRowPanel([FieldPanel("lease_price_usd_m2"), FieldPanel("lease_terms")]),
                FieldPanel("sectors"),
                FieldPanel("incentives"),
                FieldPanel("established"),
                FieldPanel("last_verified"),
            ],
            _("Key facts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("power_supply"),
                FieldPanel("water_supply"),
                FieldPanel("wastewater"),
                FieldPanel("roads"),
                FieldRowPanel([FieldPanel("nearest_port"), FieldPanel("distance_port_km")]),
            ],
            _("Infrastructure"),
        ),
        InlinePanel("plots", label=_("Available plots")),
        LOCATION_PANELS,
        CONTACT_PANELS,
    ]
    api_fields = CATALOGUE_API_FIELDS + [
        APIField("area_ha"),
        APIField("occupancy_percent"),
        APIField("lease_price_usd_m2"),
        APIField("lease_terms"),
        APIField("power_supply"),
        APIField("water_supply"),
        APIField("wastewater"),
        APIField("roads"),
        APIField("nearest_port"),
        APIField("distance_port_km"),
        APIField("incentives", serializer=TitleListField()),
        APIField("established"),
        APIField("available_area_ha"),
    ]
    parent_page_types = ["investment.ZoneIndexPage"]
    subpage_types: list[str] = []
    template = "investment/zone_page.html"

    def get_context(self, request, *args, **kwargs):
        from investment.selectors import zone_detail_parts

        context = super().get_context(request, *args, **kwargs)
        context.update(zone_detail_parts(zone=self))
        return context

    class Meta:
        verbose_name = _("industrial zone")
        verbose_name_plural = _("industrial zones")

    @property
    def available_area_ha(self) -> Decimal:
        return sum((plot.area_ha for plot in self.plots.all() if plot.available), Decimal("0"))


class ZonePlot(Orderable):
    page = ParentalKey(ZonePage, on_delete=models.CASCADE, related_name="plots")
    label = models.CharField(_("plot"), max_length=40)
    area_ha = models.DecimalField(_("area (ha)"), max_digits=8, decimal_places=2, validators=NON_NEGATIVE)
    available = models.BooleanField(_("available"), default=True)
    note = models.CharField(_("note"), max_length=200, blank=True)

    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("area_ha"), FieldPanel("available")]), FieldPanel("note")]


class CatalogueIndexPage(PortalPage):
    """A listing of one catalogue kind, filtered in the database by ``CatalogueFilterForm``."""

    introduction = models.TextField(_("introduction"), blank=True)
    content_panels = Page.content_panels + [FieldPanel("introduction")]
    api_fields = [APIField("introduction")]
    catalogue_kind = ""

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        from investment.views import catalogue_listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_listing_context(request=request, index_page=self, kind=self.catalogue_kind))
        return context

    @staticmethod
    def with_filter_status(response):
        """Bad filter values answer 400 (the page still renders, with the messages and the form)."""
        if getattr(response, "context_data", None) and response.context_data.get("filter_errors"):
            response.status_code = 400
        return response

    def serve(self, request, *args, **kwargs):
        return self.with_filter_status(super().serve(request, *args, **kwargs))


class ProjectIndexPage(RoutablePageMixin, CatalogueIndexPage):
    subpage_types = ["investment.ProjectPage"]
    max_count = 1
    catalogue_kind = "project"
    template = "investment/project_index_page.html"

    class Meta:
        verbose_name = _("project listing")

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.with_filter_status(super().index_route(request, *args, **kwargs))

    @path("compare/", name="compare")
    def compare(self, request):
        from investment.views import project_compare_view

        return project_compare_view(request, index_page=self)


class OpportunityIndexPage(CatalogueIndexPage):
    subpage_types = ["investment.OpportunityPage"]
    max_count = 1
    catalogue_kind = "opportunity"
    template = "investment/opportunity_index_page.html"

    class Meta:
        verbose_name = _("opportunity listing")


class ZoneIndexPage(CatalogueIndexPage):
    subpage_types = ["investment.ZonePage"]
    max_count = 1
    catalogue_kind = "zone"
    template = "investment/zone_index_page.html"

    class Meta:
        verbose_name = _("industrial zone listing")
