"""The inquiry world: officers (users in an agency's officers group), routing rules, and inquiries created
through ``inquiries.services.inquiry_create``, so they are validated, routed, acknowledged and have their
e-mails queued exactly as a submission from the site or the API."""

import factory
from django.contrib.auth import get_user_model

from inquiries.models import RoutingRule
from inquiries.services import inquiry_create

from .investment import AgencyFactory


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    first_name = factory.Faker("first_name", locale="vi_VN")
    last_name = factory.Faker("last_name", locale="vi_VN")
    password = factory.django.Password("password")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


class OfficerFactory(UserFactory):
    """An inquiry officer: a member of ``agency``'s officers group."""

    email = factory.LazyAttribute(lambda o: f"{o.username}@agency.example")
    agency = factory.SubFactory(AgencyFactory)  # not a user field: taken out in _create

    @factory.post_generation
    def membership(user, create, extracted, **kwargs):
        if create:
            user.groups.add(user._factory_agency.officers)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        agency = kwargs.pop("agency")
        user = super()._create(model_class, *args, **kwargs)
        user._factory_agency = agency
        return user


class RoutingRuleFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Rule {n}")
    priority = 100
    target_agency = factory.SubFactory(AgencyFactory)

    class Meta:
        model = RoutingRule


class InquiryFactory(factory.Factory):
    """``InquiryFactory(kind="partnership", page=project)`` → the ``InquiryCreated`` of the service (its
    ``.inquiry`` and the investor's private ``.token``)."""

    kind = "investment"
    name = factory.Faker("name", locale="ja_JP")
    email = factory.Sequence(lambda n: f"investor{n}@example.jp")
    organisation = factory.Faker("company", locale="ja_JP")
    country = "JP"
    message = factory.Faker("paragraph", nb_sentences=3, locale="en_US")
    language = "en"

    class Meta:
        model = dict  # built through the service, never instantiated directly

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        raise TypeError("Inquiries are only created through inquiries.services.inquiry_create.")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return inquiry_create(**kwargs)
