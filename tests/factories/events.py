"""Events with registration: a news index below the home page, event pages in it, and their set-up."""

from datetime import time, timedelta

import factory
from django.utils import timezone

from cms.models import NewsIndexPage, NewsPage
from events.models import Event

from .base import PortalPageFactory
from .cms import home_page
from .investment import AgencyFactory


class NewsIndexPageFactory(PortalPageFactory):
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = NewsIndexPage


def news_index() -> NewsIndexPage:
    return NewsIndexPage.objects.first() or NewsIndexPageFactory()


class EventPageFactory(PortalPageFactory):
    """An event page (``NewsPage`` of kind event) two weeks ahead, with a place in every language."""

    _translated = {"title": "catch_phrase", "event_location": "city", "summary": "sentence"}
    parent = factory.LazyFunction(news_index)
    kind = NewsPage.Kind.EVENT
    date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=14))

    class Meta:
        model = NewsPage


class EventFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(EventPageFactory)
    agency = factory.SubFactory(AgencyFactory)
    capacity = 2
    starts_at = time(9, 0)
    ends_at = time(12, 0)

    class Meta:
        model = Event
