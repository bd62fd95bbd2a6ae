"""Which fields exist in every language (django-modeltranslation)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import (
    ContentPage,
    GlossaryPage,
    GlossaryTerm,
    GuideIndexPage,
    HomePage,
    InvestorGuidePage,
    LegalArticle,
    LegalDocumentPage,
    LegalIndexPage,
    NewsIndexPage,
    NewsPage,
    PrivacyNoticePage,
    SiteSettings,
)


class PortalTranslationOptions(TranslationOptions):
    """Project-wide base. Vietnamese, the source language, keeps the model's own rules
    (a required field is required in Vietnamese); the other languages are optional and fall back."""


@register(HomePage)
class HomePageTR(PortalTranslationOptions):
    fields = ("hero_heading", "hero_text", "key_figures", "featured", "body")


@register(ContentPage)
class ContentPageTR(PortalTranslationOptions):
    fields = ("introduction", "body")


@register(GuideIndexPage)
class GuideIndexPageTR(PortalTranslationOptions):
    fields = ("introduction",)


@register(InvestorGuidePage)
class InvestorGuidePageTR(PortalTranslationOptions):
    fields = ("summary", "incentives", "steps", "total_time", "body")


@register(NewsIndexPage)
class NewsIndexPageTR(PortalTranslationOptions):
    fields = ("introduction",)


@register(NewsPage)
class NewsPageTR(PortalTranslationOptions):
    fields = ("event_location", "summary", "body")


@register(PrivacyNoticePage)
class PrivacyNoticePageTR(PortalTranslationOptions):
    fields = ("introduction", "controller", "body")


@register(SiteSettings)
class SiteSettingsTR(PortalTranslationOptions):
    fields = ("portal_name", "tagline", "footer_text")


@register(GlossaryTerm)
class GlossaryTermTR(PortalTranslationOptions):
    fields = ("term", "definition")


@register(GlossaryPage)
class GlossaryPageTR(PortalTranslationOptions):
    fields = ("introduction",)


@register(LegalIndexPage)
class LegalIndexPageTR(PortalTranslationOptions):
    fields = ("introduction",)


@register(LegalDocumentPage)
class LegalDocumentPageTR(PortalTranslationOptions):
    fields = ("issuer", "summary")


@register(LegalArticle)
class LegalArticleTR(PortalTranslationOptions):
    """The Vietnamese (``*_vi``) is the authoritative text; the others are its translations."""

    fields = ("heading", "text")
