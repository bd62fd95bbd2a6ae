"""Which catalogue fields exist in every language."""

from modeltranslation.decorators import register

from cms.translation import PortalTranslationOptions

from .models import (
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
    SuccessStoryImage,
    SuccessStoryIndexPage,
    SuccessStoryPage,
    ZoneIndexPage,
    ZonePage,
    ZonePlot,
)


@register(Agency)
class AgencyTR(PortalTranslationOptions):
    fields = ("name", "short_name", "address")


@register(Sector)
class SectorTR(PortalTranslationOptions):
    fields = ("name", "description")


@register(Place)
class PlaceTR(PortalTranslationOptions):
    fields = ("name",)


@register(Incentive)
class IncentiveTR(PortalTranslationOptions):
    fields = ("title", "description", "legal_basis")


CATALOGUE_FIELDS = ("summary", "description", "contact_name")


@register(ProjectPage)
class ProjectPageTR(PortalTranslationOptions):
    fields = (*CATALOGUE_FIELDS, "legal_basis", "nearest_port", "nearest_airport", "nearest_city")


@register(ProjectImage)
class ProjectImageTR(PortalTranslationOptions):
    fields = ("caption",)


@register(ProjectDocument)
class ProjectDocumentTR(PortalTranslationOptions):
    fields = ("title",)


@register(OpportunityPage)
class OpportunityPageTR(PortalTranslationOptions):
    fields = (*CATALOGUE_FIELDS, "volume_note")


@register(ZonePage)
class ZonePageTR(PortalTranslationOptions):
    fields = (*CATALOGUE_FIELDS, "lease_terms", "power_supply", "water_supply", "wastewater", "roads", "nearest_port")


@register(ZonePlot)
class ZonePlotTR(PortalTranslationOptions):
    fields = ("note",)


@register(ProjectIndexPage)
class ProjectIndexPageTR(PortalTranslationOptions):
    fields = ("introduction",)


@register(OpportunityIndexPage)
class OpportunityIndexPageTR(PortalTranslationOptions):
    fields = ("introduction",)


@register(ZoneIndexPage)
class ZoneIndexPageTR(PortalTranslationOptions):
    fields = ("introduction",)


@register(SuccessStoryIndexPage)
class SuccessStoryIndexPageTR(PortalTranslationOptions):
    fields = ("introduction",)


@register(SuccessStoryPage)
class SuccessStoryPageTR(PortalTranslationOptions):
    fields = ("summary", "quote", "quote_author", "body")


@register(SuccessStoryImage)
class SuccessStoryImageTR(PortalTranslationOptions):
    fields = ("caption",)


@register(CostOfDoingBusinessPage)
class CostOfDoingBusinessPageTR(PortalTranslationOptions):
    fields = ("introduction",)


@register(CostItem)
class CostItemTR(PortalTranslationOptions):
    fields = ("label", "note", "source")
