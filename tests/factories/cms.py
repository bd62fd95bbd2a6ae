"""The base app's world: a home page that is the root of the default site, images and documents."""

import factory
import wagtail_factories
from wagtail.models import Collection, Page, Site

from cms.demo.loader import set_translations
from cms.i18n import LANGUAGE_CODES
from cms.models import HomePage, LegalArticle, LegalDocumentPage, LegalIndexPage

from .base import PortalPageFactory


class HomePageFactory(PortalPageFactory):
    parent = factory.LazyFunction(Page.get_first_root_node)
    slug = "trang-chu"

    _translated = {"title": "company", "hero_heading": "address"}

    class Meta:
        model = HomePage


class SiteFactory(wagtail_factories.SiteFactory):
    """The default site (the one migrations create, on localhost:80), with a new home page as its root."""

    hostname = "localhost"
    port = 80
    site_name = "Đồng Tháp (test)"
    is_default_site = True
    root_page = factory.SubFactory(HomePageFactory)

    class Meta:
        model = Site

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        site, _created = model_class.objects.update_or_create(
            hostname=kwargs.pop("hostname"), port=kwargs.pop("port"), defaults=kwargs
        )
        return site


def home_page() -> HomePage:
    """The default site's home page, created (with the site) on first use in a test."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    return SiteFactory().root_page.specific


class ImageFactory(wagtail_factories.ImageFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Test image {n}")
    file = factory.django.ImageField(width=64, height=48, color="green")


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Test brochure {n}")
    file = factory.django.FileField(filename="brochure.pdf", data=b"%PDF-1.4\n% a test brochure\n")


class LegalIndexPageFactory(PortalPageFactory):
    _translated = {"title": "company", "introduction": "sentence"}
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = LegalIndexPage


def legal_index() -> LegalIndexPage:
    return LegalIndexPage.objects.first() or LegalIndexPageFactory()


class LegalDocumentPageFactory(PortalPageFactory):
    """A legal text below the legal texts index; ``articles`` is a list of dicts ``{"number", "heading",
    "text"}`` whose heading and text are ``{language: text}`` (Vietnamese: the original)."""

    _translated = {"title": "company", "issuer": "company", "summary": "sentence"}
    _relations = ("articles",)
    parent = factory.LazyFunction(legal_index)
    kind = LegalDocumentPage.Kind.DECREE
    number = factory.Sequence(lambda n: f"{n + 10}/2021/NĐ-CP")
    status = LegalDocumentPage.Status.IN_FORCE
    articles = ()

    class Meta:
        model = LegalDocumentPage

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        articles = []
        for position, data in enumerate(kwargs.pop("articles", ())):
            article = LegalArticle(number=data["number"], sort_order=position)
            for field in ("heading", "text"):
                values = data.get(field, {})
                full = {code: values.get(code, "") for code in LANGUAGE_CODES}
                set_translations(article, field, full)
            articles.append(article)
        kwargs["articles"] = articles
        return super()._create_instance(model_class, parent, kwargs)
