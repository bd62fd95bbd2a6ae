from .cache import PageCacheGeneration, PageCacheVersion
from .glossary import GlossaryPage, GlossaryTerm, glossary_terms
from .legal import LegalArticle, LegalDocumentPage, LegalIndexPage, legal_reference_text, legal_references_expand
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
from .translation_record import TranslationRecord

__all__ = [
    "ContentPage",
    "GlossaryPage",
    "GlossaryTerm",
    "GuideIndexPage",
    "HomePage",
    "InvestorGuidePage",
    "LegalArticle",
    "LegalDocumentPage",
    "LegalIndexPage",
    "NewsIndexPage",
    "NewsPage",
    "PageCacheGeneration",
    "PageCacheVersion",
    "PortalPage",
    "PrivacyNoticePage",
    "SiteSettings",
    "TranslationRecord",
    "glossary_terms",
    "legal_reference_text",
    "legal_references_expand",
]
