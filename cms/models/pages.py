"""Site-wide page types: home, content pages, investor guides, news and events, the privacy notice."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BaseStreamBlock, FeaturedPageBlock, KeyFigureBlock, ProcedureStepBlock
from cms.visibility import public_pages


class PortalPage(Page):
    """Fields every portal page shares. Not a page type of its own."""

    is_sample_content = models.BooleanField(
        _("illustrative sample content"),
        default=False,
        help_text=_("Shows a notice that the page holds illustrative sample data, not official information."),
    )

    settings_panels = Page.settings_panels + [FieldPanel("is_sample_content")]

    class Meta:
        abstract = True


class HomePage(PortalPage):
    hero_heading = models.CharField(_("hero heading"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    key_figures = StreamField([("figure", KeyFigureBlock())], blank=True, verbose_name=_("key figures"))
    featured = StreamField([("page", FeaturedPageBlock())], blank=True, verbose_name=_("featured content"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")], _("Hero")),
        FieldPanel("key_figures"),
        FieldPanel("featured"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_text")]
    api_fields = [
        APIField("hero_heading"),
        APIField("hero_text"),
        APIField("hero_image"),
        APIField("key_figures"),
        APIField("featured"),
        APIField("body"),
    ]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = public_pages(NewsPage.objects.live(), request=request)
        context["latest_news"] = news.order_by("-date").defer_streamfields().select_related("image")[:3]
        return context


class ContentPage(PortalPage):
    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]
    api_fields = [APIField("introduction"), APIField("body")]

    class Meta:
        verbose_name = _("content page")


class GuideIndexPage(PortalPage):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    api_fields = [APIField("introduction")]
    subpage_types = ["cms.InvestorGuidePage"]

    class Meta:
        verbose_name = _("investor guide index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = (
            InvestorGuidePage.objects.child_of(self).live().public().defer_streamfields().order_by("path")
        )
        return context


class InvestorGuidePage(PortalPage):
    """A guide for investors: the incentives that apply and the procedure as numbered steps."""

    summary = models.TextField(_("summary"), blank=True)
    incentives = RichTextField(_("incentives"), blank=True, features=["h3", "bold", "italic", "link", "ul", "ol"])
    steps = StreamField([("step", ProcedureStepBlock())], blank=True, verbose_name=_("procedure"))
    total_time = models.CharField(_("total time needed"), max_length=120, blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("more information"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("incentives"),
        FieldPanel("total_time"),
        FieldPanel("steps"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("incentives")]
    api_fields = [
        APIField("summary"),
        APIField("incentives"),
        APIField("total_time"),
        APIField("steps"),
        APIField("body"),
    ]
    parent_page_types = ["cms.GuideIndexPage"]

    class Meta:
        verbose_name = _("investor guide")


class NewsIndexPage(PortalPage):
    introduction = models.TextField(_("introduction"), blank=True)
    page_size = 10

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    api_fields = [APIField("introduction")]
    subpage_types = ["cms.NewsPage"]

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .select_related("image")
            .order_by("-date", "-pk")
        )
        paginator = Paginator(items, self.page_size)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page_obj = paginator.page(1)
        except EmptyPage:
            page_obj = paginator.page(paginator.num_pages)
        context["news_page"] = page_obj
        return context


class NewsPage(PortalPage):
    class Kind(models.TextChoices):
        NEWS = "news", _("News")
        EVENT = "event", _("Event")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.NEWS)
    date = models.DateField(_("date"), default=timezone.localdate)
    event_end = models.DateField(_("event ends"), null=True, blank=True)
    event_location = models.CharField(_("event location"), max_length=200, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    image = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("date"),
        FieldPanel("event_end"),
        FieldPanel("event_location"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.FilterField("date")]
    api_fields = [
        APIField("kind"),
        APIField("date"),
        APIField("event_end"),
        APIField("event_location"),
        APIField("summary"),
        APIField("image"),
        APIField("body"),
    ]
    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news or event")


class PrivacyNoticePage(PortalPage):
    """What the portal does with personal data: the page every consent text links to (``privacy_notice_url``).
    One per site; without it the consent texts show no link rather than a broken one."""

    introduction = models.TextField(_("introduction"), blank=True)
    controller = models.TextField(
        _("who is responsible"),
        blank=True,
        help_text=_("The body responsible for the personal data, with its address and a contact for requests."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    last_updated = models.DateField(_("last updated"), default=timezone.localdate)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("controller"),
        FieldPanel("body"),
        FieldPanel("last_updated"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]
    api_fields = [APIField("introduction"), APIField("controller"), APIField("body"), APIField("last_updated")]
    max_count = 1
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("privacy notice")
