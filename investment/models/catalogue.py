"""The catalogue: investment projects, agricultural opportunities and industrial zones, each
published by an agency, with their listing pages.

Each page class declares its kind once (``catalogue_kind``, see ``cms.catalogue``): the listings, the
API filters, the search documents and the inquiry form read that declaration. The listing pages filter,
paginate and (for projects) compare on the model, as Wagtail index pages do, through the read helpers
of ``investment.selectors`` and the filter form of ``investment.forms``; neither imports these classes.
"""

from decimal import Decimal
from urllib.parse import urlencode

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms import formatting, money
from cms.blocks import BaseStreamBlock
from cms.catalogue import CatalogueEntryMixin, CatalogueKind, RangeFilter, SearchFacts, catalogue_kind_listed_by
from cms.i18n import localized
from cms.links import absolute_url, page_absolute_url
from cms.models import PortalPage, SiteSettings
from cms.render_cache import cached
from cms.replies import ReplyPlaceholder
from investment import reply_facts as rf
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
from investment.fields import NON_NEGATIVE, MultipleChoiceListField
from investment.forms import DEFAULT_PAGE_SIZE, CatalogueFilterForm
from investment.permissions import AgencyPagePermissionTester
from investment.selectors import (
    COMPARE_MAX,
    CompareError,
    ListedPages,
    catalogue_list,
    catalogue_map_points,
    catalogue_map_queryset,
    catalogue_related,
    catalogue_related_candidates,
    opportunity_detail_parts,
    project_compare,
    project_detail_parts,
    zone_detail_parts,
)

from .reference import Place, Sector

MAX_CAPITAL_USD = Decimal("1000000000000")
CAPITAL_RANGE = RangeFilter(
    name="capital",
    field="capital_vnd",
    label_min=_("Capital from (USD)"),
    label_max=_("Capital up to (USD)"),
    order_error=_("The upper capital limit must not be below the lower one."),
    max_value=MAX_CAPITAL_USD,
    to_field=money.usd_bound_to_vnd,
)
PLACE_SUCCESSION_STEPS = 6  # a place, then what absorbed it, and so on (a bounded chain)

# What every catalogue page lends to a reply template (``reply_facts``); each kind adds its own below.
CATALOGUE_REPLY_PLACEHOLDERS = (
    ReplyPlaceholder("page_title", _("Title of the page the inquiry is about")),
    ReplyPlaceholder("page_url", _("Link to the page")),
    ReplyPlaceholder("summary", _("Summary of the page")),
    ReplyPlaceholder("place", _("Place")),
    ReplyPlaceholder("sectors", _("Sectors")),
    ReplyPlaceholder("last_verified", _("Date the data was last verified")),
    ReplyPlaceholder("page_contact", _("Contact person named on the page")),
)
INCENTIVE_REPLY_PLACEHOLDER = ReplyPlaceholder("incentives", _("Incentives, each with its legal basis"))


def incentive_lines(incentives) -> str:
    """One line per incentive: its title, what it gives and its legal basis, in the active language."""
    items = []
    for incentive in incentives:
        text = incentive.title
        if incentive.description:
            text = gettext("%(title)s: %(description)s") % {"title": text, "description": incentive.description}
        reference = incentive.legal_reference  # the article on the portal, else the text as the editor typed it
        basis = f"{reference['text']} ({absolute_url(reference['url'])})" if reference else incentive.legal_basis
        if basis:
            text = gettext("%(incentive)s (legal basis: %(basis)s)") % {"incentive": text, "basis": basis}
        items.append(text)
    return rf.lines(items)


def _tree_chain(nodes: dict, node) -> list:
    """The node's ancestors and the node, from the batch's ``nodes`` (no query; missing ancestors skipped)."""
    return node.ancestors_and_self(among=nodes.values())


class CataloguePage(CatalogueEntryMixin, PortalPage):
    """What projects, opportunities and zones share: an agency in charge, sectors, a place,
    coordinates, and the date their data was last verified. Each concrete class declares its
    ``catalogue_kind`` (``cms.catalogue``); the search facts below are built from it."""

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
    # Read with the page when a remembered route serves it (cms/render_cache.py): the detail page shows them all.
    route_select_related = ("agency", "place", "main_image")

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return AgencyPagePermissionTester(user, self)

    # The main image as the detail page and the cards show it (investment/<kind>_page.html, includes/card.html).
    DETAIL_RENDITIONS = "width-{640,1200} format-{webp,jpeg}"
    CARD_RENDITIONS = "fill-480x270 format-{webp,jpeg}"  # selectors.LISTING_RENDITIONS

    def rendition_specs(self):
        yield from super().rendition_specs()
        yield self.main_image, self.DETAIL_RENDITIONS
        yield self.main_image, self.CARD_RENDITIONS

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

    def page_cache_related_ids(self) -> set[int]:
        """The pages whose related items may show this one (``cms.page_dependencies``)."""
        return catalogue_related_candidates(page=self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One query, when read: shown on the page and used for related items (a kept fragment reads neither).
        sectors = SimpleLazyObject(lambda: list(self.sectors.order_by("path")))
        context["sectors"] = sectors
        # Read only when the related cards are rendered, not when their HTML is kept (cms/render_cache.py).
        context["related"] = SimpleLazyObject(
            lambda: catalogue_related(page=self, sector_ids=[sector.pk for sector in sectors], request=request)
        )
        context["stale_after_months"] = settings.PORTAL_STALE_AFTER_MONTHS
        return context

    def choice_labels(self, name: str) -> list[str]:
        """What the page shows for field ``name``, in the active language: the labels of its choices,
        or its text."""
        model_field = self._meta.get_field(name)
        value = getattr(self, name)
        if isinstance(model_field, MultipleChoiceListField):
            return model_field.labels(value)
        if model_field.many_to_many:  # e.g. incentives: their titles, as the page lists them
            language = translation.get_language()
            return [localized(item, "title", language)[0] for item in value.all()]
        if value in (None, ""):
            return []
        if model_field.choices:
            return [str(getattr(self, f"get_{name}_display")())]
        return [str(value)]

    # --- search (the protocol of cms.catalogue.CatalogueEntryMixin) ---------------------------

    @classmethod
    def search_reference(cls) -> dict:
        """Sectors and places by id, and the former units each place continues, so that ancestors,
        successors and history cost no query per page."""
        places = {place.pk: place for place in Place.objects.all()}
        predecessors: dict[int, list] = {}
        for place in places.values():
            if place.successor_id:
                predecessors.setdefault(place.successor_id, []).append(place)
        return {
            "sectors": {sector.pk: sector for sector in Sector.objects.all()},
            "places": places,
            "predecessors": predecessors,
        }

    @classmethod
    def search_prefetch(cls) -> tuple[str, ...]:
        many = [name for name in cls.catalogue_kind.search_labels if cls._meta.get_field(name).many_to_many]
        return ("agency", "sectors", *many)

    def search_facts(self, *, language: str, reference: dict) -> SearchFacts:
        kind = self.catalogue_kind
        sectors, places = reference["sectors"], reference["places"]
        facts = SearchFacts(
            agency=localized(self.agency, "name", language)[0],
            coordinates=self.coordinates,
            last_verified=self.last_verified,
        )
        facts.meta += [facts.agency, localized(self.agency, "short_name", language)[0]]
        for sector in sorted(self.sectors.all(), key=lambda s: s.tree_order_key):
            sector = sectors.get(sector.pk, sector)
            facts.sector_codes.append(sector.code)
            facts.sector_labels.append(localized(sector, "name", language)[0])
            for node in _tree_chain(sectors, sector):
                if node.code not in facts.sector_tree:
                    facts.sector_tree.append(node.code)
                    facts.meta.append(localized(node, "name", language)[0])
        if self.place_id:
            place = places.get(self.place_id) or self.place
            facts.place_id = str(place.pk)
            facts.location_label = localized(place, "name", language)[0]
            self._search_place_facts(facts, place, reference, language)
        if kind.has_status:
            facts.status = self.status or ""
        if kind.has_capital:
            facts.capital_usd = self.capital_usd
        facts.numbers = {number.name: getattr(self, number.field) for number in kind.ranges}
        for name in kind.search_labels:
            labels = self.choice_labels(name)
            model_field = self._meta.get_field(name)
            if labels and isinstance(model_field, MultipleChoiceListField):
                facts.meta.append(str(model_field.verbose_name))  # the list's heading: "Certifications: …"
            facts.meta += labels
        return facts

    # --- replies (the protocol of cms.catalogue.CatalogueEntryMixin) ------------------------------

    def reply_facts(self, *, language: str) -> dict[str, str]:
        """What every catalogue page tells an investor; the kinds add theirs (called with ``language`` active)."""
        contact = [self.contact_name, self.contact_email, self.contact_phone]
        return rf.facts(
            page_title=self.title,
            page_url=page_absolute_url(self),
            summary=self.summary,
            place=self.place.name if self.place_id else None,
            sectors=rf.listing(sector.name for sector in self.sectors.order_by("path")),
            last_verified=rf.day(self.last_verified),
            page_contact=" · ".join(part for part in contact if part),
        )

    @staticmethod
    def _search_place_facts(facts: SearchFacts, place, reference: dict, language: str) -> None:
        """Where the page is, for the filters and facets (``place_tree``: the place, its ancestors, and
        what absorbed it when the place itself is a former unit) and for the text (``meta``): the names
        of those units, the former names of the place itself, and its history: the former units it
        continues (``Place.successor`` pointing to it) and the former units above them, with their
        names and former names. The former names of an ancestor are left out: a merged province's
        former names are those of every part of it (both old provinces), and would make every page in
        the province match each of them."""
        places, predecessors = reference["places"], reference["predecessors"]
        seen = set()
        current = place
        for _step in range(PLACE_SUCCESSION_STEPS):
            if current is None or current.pk in seen:
                break
            seen.add(current.pk)
            for node in _tree_chain(places, current):
                if str(node.pk) not in facts.place_tree:
                    facts.place_tree.append(str(node.pk))
                    facts.meta.append(localized(node, "name", language)[0])
            facts.meta += current.former_name_list
            current = places.get(current.successor_id) if current.successor_id else None
        named = {int(pk) for pk in facts.place_tree}
        history = list(predecessors.get(place.pk, []))
        for _step in range(PLACE_SUCCESSION_STEPS * 4):  # bounded: a few reorganisations, a few units each
            if not history:
                break
            former = history.pop(0)
            if former.pk in seen:
                continue
            seen.add(former.pk)
            for node in _tree_chain(places, former):
                if node.pk not in named:
                    named.add(node.pk)
                    facts.meta.append(localized(node, "name", language)[0])
                    facts.meta += node.former_name_list
            history += predecessors.get(former.pk, [])

    @classmethod
    def search_facet_labels(cls, *, facet: str, values: list[str], language: str) -> dict[str, str]:
        if facet == "status":
            labels = dict(ProjectStatus.choices)
            return {value: str(labels[value]) for value in values if value in labels}
        if facet == "sector":
            sectors = Sector.objects.filter(code__in=values)
            return {sector.code: str(localized(sector, "name", language)[0] or sector.code) for sector in sectors}
        if facet == "location":
            ids = [int(value) for value in values if value.isdigit()]
            places = Place.objects.filter(pk__in=ids)
            return {str(place.pk): str(localized(place, "name", language)[0] or place.pk) for place in places}
        return {}


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

    catalogue_kind = CatalogueKind(
        key="project",
        label=_("Investment project"),
        listing_page="investment.ProjectIndexPage",
        sorts=("newest", "capital_desc", "capital_asc", "verified"),
        ranges=(CAPITAL_RANGE,),
        option_field="investment_forms",
        option_label=_("Investment form"),
        option_any_label=_("Any form"),
        search_labels=("status", "investment_forms", "land_clearance", "incentives"),
        reply_placeholders=(
            *CATALOGUE_REPLY_PLACEHOLDERS,
            ReplyPlaceholder("capital", _("Total capital (VND and USD)")),
            ReplyPlaceholder("area", _("Area")),
            ReplyPlaceholder("land_status", _("Land status: clearance and planning")),
            ReplyPlaceholder("land_price", _("Land rent (VND and USD per m² per year)")),
            ReplyPlaceholder("readiness", _("Readiness (land cleared, planning approved, legal basis)")),
            ReplyPlaceholder("legal_basis", _("Legal basis of the project")),
            ReplyPlaceholder("distances", _("Distances to the nearest port, airport and city")),
            INCENTIVE_REPLY_PLACEHOLDER,
            ReplyPlaceholder("investment_forms", _("Investment forms")),
            ReplyPlaceholder("project_status", _("Status of the project")),
            ReplyPlaceholder("fact_sheet_url", _("Link to the fact sheet")),
        ),
    )

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
    land_price_vnd_m2 = models.DecimalField(
        _("land rent (VND per m² per year)"),
        max_digits=14,
        decimal_places=0,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
        help_text=_("The yearly rent of the project's land, from the province's land price table."),
    )
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
                FieldPanel("land_price_vnd_m2"),
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
        APIField("capital_display"),
        APIField("investment_forms"),
        APIField("incentives", serializer=TitleListField()),
        APIField("land_clearance"),
        APIField("planning_approved"),
        APIField("land_price_vnd_m2"),
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
        context = super().get_context(request, *args, **kwargs)
        context.update(project_detail_parts(project=self, request=request))
        return context

    def rendition_specs(self):
        yield from super().rendition_specs()
        yield self.main_image, "fill-480x300 format-jpeg"  # the fact sheet (investment/project_fact_sheet.html)
        for item in self.gallery_images.select_related("image"):
            yield item.image, "fill-{400x300,800x600} format-{webp,jpeg}"

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
        return money.vnd_to_usd(self.capital_vnd)

    @property
    def capital_display(self) -> str:
        """The capital as the reader's language writes it (``cms.formatting``), for the API."""
        return formatting.format_capital(self.capital_vnd)

    @property
    def readiness_score(self) -> int:
        """0–3: land cleared, planning approved, legal basis stated."""
        return (
            int(self.land_clearance == LandClearance.DONE)
            + int(self.planning_approved)
            + int(bool((self.legal_basis or "").strip()))
        )

    def reply_facts(self, *, language: str) -> dict[str, str]:
        planning = gettext("planning approved") if self.planning_approved else gettext("planning not approved yet")
        ready = [
            gettext("land cleared") if self.land_clearance == LandClearance.DONE else "",
            gettext("planning approved") if self.planning_approved else "",
            gettext("legal basis stated") if (self.legal_basis or "").strip() else "",
        ]
        distances = [
            gettext("%(place)s: %(distance)s") % {"place": place, "distance": rf.kilometres(km)}
            for place, km in (
                (self.nearest_port or gettext("nearest port"), self.distance_port_km),
                (self.nearest_airport or gettext("nearest airport"), self.distance_airport_km),
                (self.nearest_city or gettext("nearest city"), self.distance_city_km),
            )
            if km is not None
        ]
        return {
            **super().reply_facts(language=language),
            **rf.facts(
                capital=rf.capital(self.capital_vnd) if self.capital_vnd else None,
                area=rf.hectares(self.area_ha) if self.area_ha else None,
                land_status=rf.listing([self.get_land_clearance_display(), planning]),
                land_price=(
                    gettext("%(price)s per m² per year") % {"price": rf.money_in_vnd(self.land_price_vnd_m2)}
                    if self.land_price_vnd_m2
                    else None
                ),
                readiness=gettext("%(score)s of 3: %(done)s")
                % {"score": self.readiness_score, "done": rf.listing(ready) or "—"},
                legal_basis=self.legal_basis,
                distances=rf.lines(distances),
                incentives=incentive_lines(self.incentives.all()),
                investment_forms=rf.listing(self.investment_form_labels),
                project_status=self.get_status_display(),
                fact_sheet_url=page_absolute_url(self) + self.reverse_subpage("fact_sheet"),
            ),
        }


class OpportunityPage(CataloguePage):
    """An agricultural opportunity: a commodity, a stage of its value chain and the partner sought."""

    catalogue_kind = CatalogueKind(
        key="opportunity",
        label=_("Agricultural opportunity"),
        listing_page="investment.OpportunityIndexPage",
        sorts=("newest", "capital_desc", "capital_asc", "verified"),
        ranges=(CAPITAL_RANGE,),
        option_field="commodity",
        option_label=_("Commodity"),
        option_any_label=_("Any commodity"),
        inquiry_kind="partnership",
        search_labels=(
            "status",
            "commodity",
            "value_chain_stages",
            "certifications",
            "partners_sought",
            "target_markets",
        ),
        reply_placeholders=(
            *CATALOGUE_REPLY_PLACEHOLDERS,
            ReplyPlaceholder("commodity", _("Commodity")),
            ReplyPlaceholder("volume", _("Volume (tonnes per year)")),
            ReplyPlaceholder("harvest_calendar", _("Harvest months")),
            ReplyPlaceholder("certifications", _("Certifications")),
            ReplyPlaceholder("partners_sought", _("Partners sought")),
            ReplyPlaceholder("value_chain", _("Value-chain stages")),
            ReplyPlaceholder("target_markets", _("Target export markets")),
            ReplyPlaceholder("capital", _("Capital sought (VND and USD)")),
            INCENTIVE_REPLY_PLACEHOLDER,
        ),
    )

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
    incentives = ParentalManyToManyField(
        "investment.Incentive", verbose_name=_("incentives"), blank=True, related_name="opportunities"
    )

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
                FieldPanel("incentives"),
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
        APIField("capital_display"),
        APIField("status"),
        APIField("incentives", serializer=TitleListField()),
    ]
    parent_page_types = ["investment.OpportunityIndexPage"]
    subpage_types: list[str] = []
    template = "investment/opportunity_page.html"

    class Meta:
        verbose_name = _("agricultural opportunity")
        verbose_name_plural = _("agricultural opportunities")

    @property
    def capital_usd(self) -> Decimal | None:
        return money.vnd_to_usd(self.capital_vnd)

    @property
    def capital_display(self) -> str:
        """The capital as the reader's language writes it (``cms.formatting``), for the API."""
        return formatting.format_capital(self.capital_vnd)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(opportunity_detail_parts(opportunity=self))
        return context

    def reply_facts(self, *, language: str) -> dict[str, str]:
        volume = None
        if self.volume_tonnes_per_year:
            volume = gettext("%(tonnes)s tonnes a year") % {"tonnes": rf.number(self.volume_tonnes_per_year, 1)}
            if self.volume_note:
                volume = gettext("%(volume)s (%(note)s)") % {"volume": volume, "note": self.volume_note}
        months = sorted(int(month) for month in self.harvest_months or [])
        return {
            **super().reply_facts(language=language),
            **rf.facts(
                commodity=self.get_commodity_display(),
                volume=volume,
                harvest_calendar=rf.listing(str(Month(month).label) for month in months),
                certifications=rf.listing(self.choice_labels("certifications")),
                partners_sought=rf.listing(self.choice_labels("partners_sought")),
                value_chain=rf.listing(self.choice_labels("value_chain_stages")),
                target_markets=rf.listing(self.choice_labels("target_markets")),
                capital=rf.capital(self.capital_vnd) if self.capital_vnd else None,
                incentives=incentive_lines(self.incentives.all()),
            ),
        }


class ZonePage(CataloguePage):
    """An industrial zone or cluster with land for lease."""

    catalogue_kind = CatalogueKind(
        key="zone",
        label=_("Industrial zone"),
        listing_page="investment.ZoneIndexPage",
        sorts=("newest", "area_desc", "lease_asc", "verified"),
        has_status=False,
        has_capital=False,
        search_labels=("incentives",),
        reply_placeholders=(
            *CATALOGUE_REPLY_PLACEHOLDERS,
            ReplyPlaceholder("area", _("Total area")),
            ReplyPlaceholder("occupancy", _("Occupancy")),
            ReplyPlaceholder("lease_price", _("Land lease price (USD and VND per m²)")),
            ReplyPlaceholder("lease_terms", _("Lease terms")),
            ReplyPlaceholder("free_plots", _("Plots available now, with their areas")),
            ReplyPlaceholder("available_area", _("Area available now")),
            ReplyPlaceholder("utilities", _("Utilities (power, water, wastewater, roads) with their tariffs")),
            ReplyPlaceholder("water_tariff", _("Water tariff")),
            ReplyPlaceholder("wastewater_fee", _("Wastewater treatment fee")),
            ReplyPlaceholder("management_fee", _("Infrastructure management fee")),
            ReplyPlaceholder("distances", _("Distance to the nearest port")),
            INCENTIVE_REPLY_PLACEHOLDER,
        ),
    )

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
    water_tariff_vnd_m3 = models.DecimalField(
        _("water tariff (VND per m³)"), max_digits=10, decimal_places=0, null=True, blank=True, validators=NON_NEGATIVE
    )
    wastewater_fee_vnd_m3 = models.DecimalField(
        _("wastewater treatment fee (VND per m³)"),
        max_digits=10,
        decimal_places=0,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
    )
    management_fee_usd_m2_year = models.DecimalField(
        _("infrastructure management fee (USD per m² per year)"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
    )
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
                FieldRowPanel([FieldPanel("water_tariff_vnd_m3"), FieldPanel("wastewater_fee_vnd_m3")]),
                FieldPanel("management_fee_usd_m2_year"),
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
        APIField("water_tariff_vnd_m3"),
        APIField("wastewater_fee_vnd_m3"),
        APIField("management_fee_usd_m2_year"),
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
        context = super().get_context(request, *args, **kwargs)
        context.update(zone_detail_parts(zone=self))
        return context

    class Meta:
        verbose_name = _("industrial zone")
        verbose_name_plural = _("industrial zones")

    @property
    def available_area_ha(self) -> Decimal:
        return sum((plot.area_ha for plot in self.plots.all() if plot.available), Decimal("0"))

    def reply_facts(self, *, language: str) -> dict[str, str]:
        plots = [plot for plot in self.plots.all() if plot.available]
        plot_lines = [
            gettext("Plot %(plot)s: %(area)s") % {"plot": plot.label, "area": rf.hectares(plot.area_ha)}
            + (f" — {plot.note}" if plot.note else "")
            for plot in plots
        ]
        water_tariff = rf.money_in_vnd(self.water_tariff_vnd_m3) if self.water_tariff_vnd_m3 else None
        wastewater_fee = rf.money_in_vnd(self.wastewater_fee_vnd_m3) if self.wastewater_fee_vnd_m3 else None
        utilities = [
            gettext("Power: %(supply)s") % {"supply": self.power_supply} if self.power_supply else "",
            self._utility(gettext("Water: %(supply)s"), self.water_supply, water_tariff, gettext("%(price)s per m³")),
            self._utility(
                gettext("Wastewater: %(supply)s"), self.wastewater, wastewater_fee, gettext("%(price)s per m³")
            ),
            gettext("Roads: %(supply)s") % {"supply": self.roads} if self.roads else "",
        ]
        port = None
        if self.distance_port_km is not None:
            port = gettext("%(place)s: %(distance)s") % {
                "place": self.nearest_port or gettext("nearest port"),
                "distance": rf.kilometres(self.distance_port_km),
            }
        lease = None
        if self.lease_price_usd_m2:
            lease = gettext("%(price)s per m² for the lease term") % {"price": rf.money_in_usd(self.lease_price_usd_m2)}
        management = None
        if self.management_fee_usd_m2_year:
            management = gettext("%(price)s per m² per year") % {
                "price": rf.money_in_usd(self.management_fee_usd_m2_year)
            }
        return {
            **super().reply_facts(language=language),
            **rf.facts(
                area=rf.hectares(self.area_ha) if self.area_ha else None,
                occupancy=f"{rf.number(self.occupancy_percent, 1)} %" if self.occupancy_percent is not None else None,
                lease_price=lease,
                lease_terms=self.lease_terms,
                free_plots=rf.lines(plot_lines),
                available_area=rf.hectares(self.available_area_ha) if plots else None,
                utilities=rf.lines(utilities),
                water_tariff=gettext("%(price)s per m³") % {"price": water_tariff} if water_tariff else None,
                wastewater_fee=gettext("%(price)s per m³") % {"price": wastewater_fee} if wastewater_fee else None,
                management_fee=management,
                distances=port,
                incentives=incentive_lines(self.incentives.all()),
            ),
        }

    @staticmethod
    def _utility(line: str, supply: str, price: str | None, unit: str) -> str:
        """ "Water: 10,000 m³ per day — 14,000 VND (≈ USD 0.54) per m³"; "" when nothing is known."""
        if not supply and not price:
            return ""
        text = line % {"supply": supply or "—"}
        return f"{text} — {unit % {'price': price}}" if price else text


class CatalogueIndexPage(PortalPage):
    """A listing of one catalogue kind (the kind whose declaration names this class as its listing
    page), filtered in the database by ``CatalogueFilterForm`` and paginated here."""

    introduction = models.TextField(_("introduction"), blank=True)
    content_panels = Page.content_panels + [FieldPanel("introduction")]
    api_fields = [APIField("introduction")]

    class Meta:
        abstract = True

    @classmethod
    def listed_kind(cls) -> CatalogueKind:
        return catalogue_kind_listed_by(cls)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing_context(request))
        return context

    def listing_context(self, request) -> dict:
        """The filter form, one page of matching items (or the filter errors), and the map's markers."""
        kind = self.listed_kind()
        form = CatalogueFilterForm(request.GET or None, kind=kind, request=request)
        filter_errors = []
        queryset = None
        if form.is_bound and not form.is_valid():
            for name, errors in form.errors.items():
                label = form.fields[name].label if name in form.fields else ""
                filter_errors += [f"{label}: {error}" if label else str(error) for error in errors]
            items_page = None
            total = 0
            filters = {}
        else:
            filters = form.cleaned_data if form.is_bound else {}
            queryset = catalogue_list(kind=kind, filters=filters, request=request).child_of(self)
            items_page = self.paginate(queryset, page=filters.get("page"), page_size=filters.get("page_size"))
            total = items_page.paginator.count
        query = request.GET.copy()
        query.pop("page", None)
        # What the filter form shows (the values filled in, hence its errors): the key of its kept HTML (its select
        # lists of every sector and place were the largest part of a listing's render).
        shown = [(name, value) for name in form.fields for value in request.GET.getlist(name)]
        items = ListedPages(queryset=queryset, items_page=items_page, request=request) if items_page is not None else []
        view = filters.get("view") or "list"
        on_map = catalogue_map_queryset(queryset) if view == "map" and queryset is not None else []
        return {
            "filter_form": form,
            "filter_form_key": urlencode(shown),
            "filter_errors": filter_errors,
            "items_page": items_page,
            "items": items,
            "total": total,
            "kind": kind.key,
            "view": view,
            "query_without_page": query.urlencode(),
            "map_points": catalogue_map_points(items=on_map, request=request),  # the whole filtered set
            "map_tile_url": cached(
                "map-tile-url", request=request, compute=lambda: SiteSettings.for_request(request).map_tile_url
            ),
            "compare_max": COMPARE_MAX,
        }

    @staticmethod
    def paginate(queryset, *, page: int | None, page_size: int | None):
        """One page of ``queryset`` (the last one when ``page`` is beyond it)."""
        return Paginator(queryset, page_size or DEFAULT_PAGE_SIZE).get_page(page or 1)

    @staticmethod
    def with_filter_status(response):
        """Bad filter values answer 400 (the page still renders, with the messages and the form)."""
        if getattr(response, "context_data", None) and response.context_data.get("filter_errors"):
            response.status_code = 400
        return response

    def serve(self, request, *args, **kwargs):
        return self.with_filter_status(super().serve(request, *args, **kwargs))


def _compare_ids(raw: str) -> list[int] | None:
    """``"3,1,3"`` → ``[3, 1]``; ``None`` unless every part is a (short) whole number."""
    parts = [part.strip() for part in raw.split(",") if part.strip()]
    if not parts or not all(part.isdigit() and len(part) < 12 for part in parts):
        return None
    return list(dict.fromkeys(int(part) for part in parts))


class ProjectIndexPage(RoutablePageMixin, CatalogueIndexPage):
    subpage_types = ["investment.ProjectPage"]
    max_count = 1
    template = "investment/project_index_page.html"

    class Meta:
        verbose_name = _("project listing")

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.with_filter_status(super().index_route(request, *args, **kwargs))

    @path("compare/", name="compare")
    def compare(self, request):
        """Up to ``COMPARE_MAX`` projects side by side (``?ids=1,2,3``). More than that: the first
        ``COMPARE_MAX`` with a note saying the rest were left out (200). Nothing usable: 400 with a message."""
        error = notice = ""
        projects = []
        ids = _compare_ids(",".join(request.GET.getlist("ids")))
        if ids is None:
            error = gettext("Choose between one and %(max)d projects to compare (ids=1,2,3).") % {"max": COMPARE_MAX}
        else:
            if len(ids) > COMPARE_MAX:
                notice = gettext(
                    "You chose %(count)d projects; at most %(max)d fit side by side, so the first %(max)d are shown."
                ) % {"count": len(ids), "max": COMPARE_MAX}
                ids = ids[:COMPARE_MAX]
            try:
                projects = project_compare(ids=ids)
            except CompareError:
                error = gettext("Some of the chosen projects do not exist or are not published.")
        context = {
            "page": self,
            "self": self,
            "projects": projects,
            "compare_error": error,
            "compare_notice": notice,
            "compare_max": COMPARE_MAX,
        }
        return TemplateResponse(request, "investment/project_compare.html", context, status=400 if error else 200)


class OpportunityIndexPage(CatalogueIndexPage):
    subpage_types = ["investment.OpportunityPage"]
    max_count = 1
    template = "investment/opportunity_index_page.html"

    class Meta:
        verbose_name = _("opportunity listing")


class ZoneIndexPage(CatalogueIndexPage):
    subpage_types = ["investment.ZonePage"]
    max_count = 1
    template = "investment/zone_index_page.html"

    class Meta:
        verbose_name = _("industrial zone listing")
