"""Which languages a page exists in, what it falls back to, and how complete each translation is."""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

SOURCE_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
FALLBACK_ORDER = ("en", SOURCE_LANGUAGE)


def translated_field_names(model) -> list[str]:
    """The translatable fields of a page model, Wagtail's own ``title`` first."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return ["title"]
    names = sorted(options.all_fields.keys())
    names = [name for name in names if name not in {"slug", "url_path", "seo_title", "search_description", "title"}]
    return ["title", *names]


def _has_value(value) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    try:
        return len(value) > 0
    except TypeError:
        return True


def localized(obj, name: str, language: str):
    """The value of a translated field in ``language``, falling back to English, then Vietnamese;
    with the language it is in: ``(value, code)``."""
    for code in (language, *FALLBACK_ORDER):
        value = getattr(obj, build_localized_fieldname(name, code), None)
        if _has_value(value):
            return value, code
    return getattr(obj, name, None), settings.LANGUAGE_CODE


def field_languages(page, language: str | None = None) -> dict[str, str]:
    """The language each translated field with a value is shown in: ``{"title": "ja", "summary": "en"}``."""
    language = language or translation.get_language() or SOURCE_LANGUAGE
    languages = {}
    for field in translated_field_names(type(page)):
        value, code = localized(page, field, language)
        if _has_value(value):
            languages[field] = code
    return languages


def missing_fields(page: Page, language: str) -> list[str]:
    """Fields that hold text in Vietnamese but are empty in ``language``."""
    missing = []
    for field in translated_field_names(type(page)):
        source = getattr(page, build_localized_fieldname(field, SOURCE_LANGUAGE), None)
        if _has_value(source) and not _has_value(getattr(page, build_localized_fieldname(field, language), None)):
            missing.append(field)
    return missing


def page_languages(page: Page) -> list[str]:
    """The languages in which the page has its own title: the ones it 'exists' in."""
    return [
        code for code in LANGUAGE_CODES if _has_value(getattr(page, build_localized_fieldname("title", code), None))
    ]


@dataclass(frozen=True)
class TranslationState:
    requested: str
    shown: str  # the language the main text is shown in
    complete: bool  # every field with Vietnamese text also has text in the requested language
    partial_languages: tuple[str, ...] = ()  # what the untranslated parts are shown in, when partial

    @property
    def is_fallback(self) -> bool:
        return self.shown != self.requested

    @property
    def is_partial(self) -> bool:
        return not self.is_fallback and not self.complete


def translation_state(page: Page, language: str | None = None) -> TranslationState:
    language = language or translation.get_language() or SOURCE_LANGUAGE
    available = page_languages(page)
    if language in available:
        missing = missing_fields(page, language)
        shown_in = tuple(dict.fromkeys(localized(page, field, language)[1] for field in missing))
        return TranslationState(language, language, not missing, shown_in)
    for fallback in FALLBACK_ORDER:
        if fallback in available:
            return TranslationState(language, fallback, False)
    return TranslationState(language, SOURCE_LANGUAGE, False)


def page_url_in(page: Page, language: str, request=None) -> str:
    """The page's URL in ``language`` (its translated slug, under that language's prefix)."""
    with translation.override(language):
        return page.get_url(request=request) or ""
