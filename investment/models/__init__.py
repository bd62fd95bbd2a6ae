from .agencies import Agency
from .catalogue import (
    CataloguePage,
    OpportunityIndexPage,
    OpportunityPage,
    ProjectIndexPage,
    ProjectPage,
    ZoneIndexPage,
    ZonePage,
)
from .costs import CostCategory, CostCurrency, CostItem, CostOfDoingBusinessPage, CostUnit
from .parts import ProjectDocument, ProjectImage, ZonePlot
from .reference import Incentive, Place, Sector
from .stories import SuccessStoryImage, SuccessStoryIndexPage, SuccessStoryPage

__all__ = [
    "Agency",
    "CataloguePage",
    "CostCategory",
    "CostCurrency",
    "CostItem",
    "CostOfDoingBusinessPage",
    "CostUnit",
    "Incentive",
    "OpportunityIndexPage",
    "OpportunityPage",
    "Place",
    "ProjectDocument",
    "ProjectImage",
    "ProjectIndexPage",
    "ProjectPage",
    "Sector",
    "SuccessStoryImage",
    "SuccessStoryIndexPage",
    "SuccessStoryPage",
    "ZoneIndexPage",
    "ZonePage",
    "ZonePlot",
]
