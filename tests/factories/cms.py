"""The base app's world: a home page that is the root of the default site, images and documents."""

import factory
import wagtail_factories
from wagtail.models import Collection, Page, Site

from cms.models import HomePage

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
