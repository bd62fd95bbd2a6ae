"""What the factories of every app share: translated fields and pages created the way editors create them."""

import itertools

import factory
import wagtail_factories
from django.utils import translation
from django.utils.text import slugify
from faker import Faker

from cms.demo.loader import set_translations
from cms.i18n import LANGUAGE_CODES, SOURCE_LANGUAGE
from search.text import fold

LOCALES = {"vi": "vi_VN", "en": "en_US", "ja": "ja_JP", "ko": "ko_KR", "zh-hans": "zh_CN"}
SLUG_NUMBERS = itertools.count(1)
FAKERS = {code: Faker(locale) for code, locale in LOCALES.items()}  # seeded through factory.random


def fake_translations(provider: str, **options) -> dict[str, str]:
    """``{language: text}`` in every language, from Faker's ``provider`` in that language's locale."""
    return {code: str(getattr(FAKERS[code], provider)(**options)) for code in LANGUAGE_CODES}


def as_translations(value) -> dict[str, object]:
    """A dict stays as given (missing languages empty); a string is the source language only."""
    if isinstance(value, dict):
        return value
    return {SOURCE_LANGUAGE: value}


class TranslatedFactoryMixin:
    """Fields named in ``_translated`` (``{field: faker provider}``) take a dict or a string (see the package
    docstring) and are set with ``set_translations``, as the demo loader sets them."""

    _translated: dict[str, str] = {}

    @classmethod
    def _pop_translations(cls, kwargs) -> dict[str, dict]:
        values = {}
        for field, provider in cls._translated.items():
            given = kwargs.pop(field, None)
            values[field] = fake_translations(provider) if given is None else as_translations(given)
        return values

    @staticmethod
    def _apply_translations(instance, values: dict[str, dict]) -> None:
        for field, by_language in values.items():
            full = {code: by_language.get(code, "") for code in LANGUAGE_CODES}
            full[SOURCE_LANGUAGE] = by_language.get(SOURCE_LANGUAGE) or next(
                (text for text in by_language.values() if text), ""
            )
            set_translations(instance, field, full)


class TranslatedModelFactory(TranslatedFactoryMixin, factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        values = cls._pop_translations(kwargs)
        instance = model_class(*args, **kwargs)
        cls._apply_translations(instance, values)
        instance.save()
        return instance


class TranslatedNodeFactory(TranslatedFactoryMixin, wagtail_factories.factories.MP_NodeFactory):
    """A node of a treebeard tree (sectors, places) with translated fields, added under ``parent``."""

    class Meta:
        abstract = True

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        values = cls._pop_translations(kwargs)
        instance = model_class(**kwargs)
        cls._apply_translations(instance, values)
        return instance.insert_under(parent)


class PortalPageFactory(TranslatedFactoryMixin, wagtail_factories.PageFactory):
    """A page added under ``parent`` in the source language, titles and slugs in every language, then
    published (``live=False``: a draft). Many-to-many values (``sectors``) and child objects
    (``gallery_images``) are set before the page is saved, as the admin form does."""

    _translated = {"title": "company"}
    title = None  # fake titles in every language unless given
    slug = None  # from the Vietnamese title unless given (a string, or a dict per language)
    is_sample_content = False

    _relations: tuple[str, ...] = ()  # many-to-many fields and child relations, set before saving

    class Meta:
        abstract = True

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        values = cls._pop_translations(kwargs)
        slug = kwargs.pop("slug", None)
        live = kwargs.pop("live", True)
        relations = {name: kwargs.pop(name) for name in list(kwargs) if name in cls._relations}
        instance = model_class(**kwargs)
        cls._apply_translations(instance, values)
        if isinstance(slug, dict):
            slugs = {code: slug.get(code) or slug[SOURCE_LANGUAGE] for code in LANGUAGE_CODES}
        else:
            title = values["title"].get(SOURCE_LANGUAGE) or "page"
            base = slug or f"{slugify(fold(title))[:40].strip('-') or 'page'}-{next(SLUG_NUMBERS)}"
            slugs = dict.fromkeys(LANGUAGE_CODES, base)
        set_translations(instance, "slug", slugs)
        for name, value in relations.items():
            setattr(instance, name, value)
        instance.live = live
        with translation.override(SOURCE_LANGUAGE):
            parent.add_child(instance=instance)
            revision = instance.save_revision()
            if live:
                revision.publish()
        return instance
