from .cache import PageCacheGeneration
from .pages import (
    ContentPage,
    GuideIndexPage,
    HomePage,
    InvestorGuidePage,
    NewsIndexPage,
    NewsPage,
    PortalPage,
    PrivacyNoticePage,
)
from .site_settings import SiteSettings

__all__ = [
    "ContentPage",
    "GuideIndexPage",
    "HomePage",
    "InvestorGuidePage",
    "NewsIndexPage",
    "NewsPage",
    "PageCacheGeneration",
    "PortalPage",
    "PrivacyNoticePage",
    "SiteSettings",
]
