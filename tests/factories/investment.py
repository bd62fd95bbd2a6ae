"""The catalogue's world: agencies with their editors and officers groups, sectors and places (treebeard
trees: pass ``parent=``), incentives, the three listings below the home page of the default site, and
projects, opportunities and zones below their listing (created and published as an editor would)."""

from datetime import timedelta
from decimal import Decimal

import factory
from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from investment.choices import (
    Certification,
    Commodity,
    InvestmentForm,
    LandClearance,
    Month,
    PartnerSought,
    ProjectStatus,
    ValueChainStage,
)
from investment.demo.catalogue_content import INDEX_PAGES
from investment.demo.loader import MODERATORS_GROUP, TASK_NAME, WORKFLOW_NAME
from investment.models import (
    Agency,
    CostItem,
    CostOfDoingBusinessPage,
    Incentive,
    OpportunityIndexPage,
    OpportunityPage,
    Place,
    ProjectDocument,
    ProjectImage,
    ProjectIndexPage,
    ProjectPage,
    Sector,
    ZoneIndexPage,
    ZonePage,
    ZonePlot,
)
from investment.services import EDITORS_GROUP, agency_provision

from .base import PortalPageFactory, TranslatedModelFactory, TranslatedNodeFactory
from .cms import DocumentFactory, ImageFactory, home_page

# Đồng Tháp and around: coordinates stay inside the province's bounding box.
OFFICERS_GROUP = "Inquiry officers: {slug}"
LATITUDES = (Decimal("10.20"), Decimal("10.95"))
LONGITUDES = (Decimal("105.40"), Decimal("106.30"))


def permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


class GroupFactory(factory.django.DjangoModelFactory):
    """A group whose members may sign in to the admin."""

    name = factory.Sequence(lambda n: f"Group {n}")

    class Meta:
        model = Group
        django_get_or_create = ("name",)
        skip_postgeneration_save = True

    @factory.post_generation
    def admin_access(group, create, extracted, **kwargs):
        if create and extracted is not False:
            group.permissions.add(permission("wagtailadmin", "access_admin"))


class AgencyFactory(TranslatedModelFactory):
    """An agency with its editors group (publishes its pages), its officers group (answers inquiries) and
    its media collection (``agency_provision``)."""

    _translated = {"name": "company", "short_name": "company_suffix", "address": "address"}
    slug = factory.Sequence(lambda n: f"agency-{n}")
    kind = Agency.Kind.OTHER
    email = factory.LazyAttribute(lambda o: f"{o.slug}@agency.example")
    phone = factory.Faker("numerify", text="0277 ### ####")
    first_reply_working_days = 2
    editors = factory.SubFactory(
        GroupFactory, name=factory.LazyAttribute(lambda group: EDITORS_GROUP.format(slug=group.factory_parent.slug))
    )
    officers = factory.SubFactory(
        GroupFactory, name=factory.LazyAttribute(lambda group: OFFICERS_GROUP.format(slug=group.factory_parent.slug))
    )

    class Meta:
        model = Agency
        skip_postgeneration_save = True

    @factory.post_generation
    def provision(agency, create, extracted, **kwargs):
        """Its collection and its editors' media permissions, by the code the admin and the demo run."""
        if create and extracted is not False:
            agency.collection = agency_provision(agency=agency).collection


class SectorFactory(TranslatedNodeFactory):
    """A sector; ``parent=`` another sector for a sub-sector (default: a top-level section)."""

    _translated = {"name": "job", "description": "sentence"}
    code = factory.Sequence(lambda n: f"T{n:03d}")

    class Meta:
        model = Sector


class PlaceFactory(TranslatedNodeFactory):
    """An administrative unit; ``parent=`` the unit it lies in. A former unit: ``valid_until`` and ``successor``."""

    _translated = {"name": "city"}
    kind = Place.Kind.COMMUNE
    code = factory.Sequence(lambda n: f"P{n:03d}")
    latitude = factory.Faker("pydecimal", min_value=LATITUDES[0], max_value=LATITUDES[1], right_digits=6)
    longitude = factory.Faker("pydecimal", min_value=LONGITUDES[0], max_value=LONGITUDES[1], right_digits=6)

    class Meta:
        model = Place


class IncentiveFactory(TranslatedModelFactory):
    _translated = {"title": "company", "description": "sentence", "legal_basis": "sentence"}
    kind = Incentive.Kind.TAX

    class Meta:
        model = Incentive


# ---------------------------------------------------------------- listings


class CatalogueIndexPageFactory(PortalPageFactory):
    """A listing page below the home page, with the demo's titles and slugs (``/en/projects/`` …)."""

    _translated = {"title": "company", "introduction": "paragraph"}
    parent = factory.LazyFunction(home_page)

    class Meta:
        abstract = True


class ProjectIndexPageFactory(CatalogueIndexPageFactory):
    title = INDEX_PAGES["project"]["title"]
    slug = INDEX_PAGES["project"]["slug"]

    class Meta:
        model = ProjectIndexPage


class OpportunityIndexPageFactory(CatalogueIndexPageFactory):
    title = INDEX_PAGES["opportunity"]["title"]
    slug = INDEX_PAGES["opportunity"]["slug"]

    class Meta:
        model = OpportunityIndexPage


class ZoneIndexPageFactory(CatalogueIndexPageFactory):
    title = INDEX_PAGES["zone"]["title"]
    slug = INDEX_PAGES["zone"]["slug"]

    class Meta:
        model = ZoneIndexPage


def listing(model):
    """The listing page of ``model`` (created, with the home page and the site, on first use)."""
    factories = {
        ProjectIndexPage: ProjectIndexPageFactory,
        OpportunityIndexPage: OpportunityIndexPageFactory,
        ZoneIndexPage: ZoneIndexPageFactory,
    }
    return model.objects.first() or factories[model]()


# ---------------------------------------------------------------- the three catalogue kinds


class CataloguePageFactory(PortalPageFactory):
    _translated = {"title": "company", "summary": "paragraph", "contact_name": "name"}
    _relations = ("sectors", "incentives", "gallery_images", "brochures", "plots")
    agency = factory.SubFactory(AgencyFactory)
    place = None
    sectors = ()
    latitude = factory.Faker("pydecimal", min_value=LATITUDES[0], max_value=LATITUDES[1], right_digits=6)
    longitude = factory.Faker("pydecimal", min_value=LONGITUDES[0], max_value=LONGITUDES[1], right_digits=6)
    last_verified = factory.Faker("date_between", start_date=timedelta(days=-300), end_date="today")
    contact_email = factory.LazyAttribute(lambda o: o.agency.email)

    class Meta:
        abstract = True


def _capital():
    return factory.Faker("pydecimal", min_value=10_000_000_000, max_value=5_000_000_000_000, right_digits=0)


class ProjectPageFactory(CataloguePageFactory):
    """A published project below the project listing. ``gallery=n`` adds n images, ``brochure=True`` a PDF."""

    _translated = {**CataloguePageFactory._translated, "nearest_port": "city", "nearest_airport": "city",
                   "nearest_city": "city", "legal_basis": "sentence"}  # fmt: skip
    parent = factory.LazyFunction(lambda: listing(ProjectIndexPage))
    capital_vnd = _capital()
    area_ha = factory.Faker("pydecimal", min_value=1, max_value=900, right_digits=2)
    investment_forms = factory.Faker("random_elements", elements=InvestmentForm.values, unique=True, length=2)
    status = factory.Faker("random_element", elements=ProjectStatus.values)
    land_clearance = factory.Faker("random_element", elements=LandClearance.values)
    planning_approved = factory.Faker("pybool")
    distance_port_km = factory.Faker("pydecimal", min_value=1, max_value=150, right_digits=1)
    distance_airport_km = factory.Faker("pydecimal", min_value=10, max_value=200, right_digits=1)
    distance_city_km = factory.Faker("pydecimal", min_value=1, max_value=80, right_digits=1)

    gallery = 0  # how many gallery images (taken out before the page is built)
    brochure = False  # whether it has a PDF brochure

    class Meta:
        model = ProjectPage

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        gallery, brochure = kwargs.pop("gallery", 0), kwargs.pop("brochure", False)
        if gallery:
            kwargs["gallery_images"] = [
                ProjectImage(image=ImageFactory(), sort_order=order, caption=f"Ảnh {order + 1}")
                for order in range(gallery)
            ]
        if brochure:
            kwargs["brochures"] = [ProjectDocument(document=DocumentFactory(), sort_order=0, title="Tài liệu")]
        return super()._create_instance(model_class, parent, kwargs)


class OpportunityPageFactory(CataloguePageFactory):
    parent = factory.LazyFunction(lambda: listing(OpportunityIndexPage))
    commodity = factory.Faker("random_element", elements=Commodity.values)
    value_chain_stages = factory.Faker("random_elements", elements=ValueChainStage.values, unique=True, length=2)
    volume_tonnes_per_year = factory.Faker("pydecimal", min_value=100, max_value=90_000, right_digits=1)
    harvest_months = factory.Faker("random_elements", elements=Month.values, unique=True, length=3)
    certifications = factory.Faker("random_elements", elements=Certification.values, unique=True, length=1)
    partners_sought = factory.Faker("random_elements", elements=PartnerSought.values, unique=True, length=1)
    target_markets = ["JP", "KR"]
    capital_vnd = _capital()
    status = ProjectStatus.CALLING

    class Meta:
        model = OpportunityPage


class ZonePageFactory(CataloguePageFactory):
    """An industrial zone; ``plots=n`` adds n plots (the first one taken)."""

    _translated = {**CataloguePageFactory._translated, "power_supply": "sentence", "water_supply": "sentence",
                   "wastewater": "sentence", "roads": "sentence", "lease_terms": "sentence",
                   "nearest_port": "city"}  # fmt: skip
    parent = factory.LazyFunction(lambda: listing(ZoneIndexPage))
    area_ha = factory.Faker("pydecimal", min_value=50, max_value=900, right_digits=2)
    occupancy_percent = factory.Faker("pydecimal", min_value=5, max_value=95, right_digits=1)
    lease_price_usd_m2 = factory.Faker("pydecimal", min_value=40, max_value=120, right_digits=2)
    distance_port_km = factory.Faker("pydecimal", min_value=1, max_value=60, right_digits=1)
    established = factory.Faker("date_between", start_date=timedelta(days=-9000), end_date=timedelta(days=-400))

    plots = 2  # how many plots; the first one is taken

    class Meta:
        model = ZonePage

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        kwargs["plots"] = [
            ZonePlot(label=f"L{number + 1}", area_ha=Decimal(5 + number), available=number > 0, sort_order=number)
            for number in range(kwargs.pop("plots", 2))
        ]
        return super()._create_instance(model_class, parent, kwargs)


class CostPageFactory(PortalPageFactory):
    """The cost of doing business below the home page; ``items=[CostItem(...), ...]`` its figures."""

    _translated = {"title": "company", "introduction": "paragraph"}
    _relations = ("items",)
    parent = factory.LazyFunction(home_page)
    items = ()

    class Meta:
        model = CostOfDoingBusinessPage


def cost_item(key: str, category: str, amount, *, label: dict, source: dict, verified_on, **fields) -> CostItem:
    """One figure with its label and source in every language given (``set_translations``)."""
    item = CostItem(key=key, category=category, amount=Decimal(str(amount)), verified_on=verified_on, **fields)
    TranslatedModelFactory._apply_translations(item, {"label": label, "source": source})
    return item


# ---------------------------------------------------------------- who publishes


def grant_catalogue_publishing(agencies) -> Group:
    """The publishing rules of the portal on a small world (what the demo loader sets up): each agency's
    editors add and change pages under the three listings (``investment.permissions`` keeps them to their
    agency's pages; their media permissions are their agency's collection's, see ``AgencyFactory``); the
    promotion centre's moderators add, change, publish, lock and unlock, images and documents anywhere, and approve
    the "Moderation" workflow on the three listings. Returns the moderators group."""
    listings = [listing(ProjectIndexPage), listing(OpportunityIndexPage), listing(ZoneIndexPage)]
    root_collection = Collection.get_first_root_node()
    media = [permission("wagtailimages", "add_image"), permission("wagtailimages", "choose_image"),
             permission("wagtaildocs", "add_document"), permission("wagtaildocs", "choose_document")]  # fmt: skip

    def grant(group, codes, media=()):
        for item in media:
            GroupCollectionPermission.objects.get_or_create(group=group, collection=root_collection, permission=item)
        for page in listings:
            for code in codes:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=permission("wagtailcore", f"{code}_page")
                )

    for agency in agencies:
        grant(agency.editors, ["add", "change"])
    moderators = GroupFactory(name=MODERATORS_GROUP)
    grant(moderators, ["add", "change", "publish", "lock", "unlock"], media)
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if created:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for page in listings:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return moderators
