"""Language selection for API requests: ``?lang=`` first, then ``Accept-Language``, then Vietnamese."""

from django.conf import settings
from django.utils import translation
from rest_framework import serializers
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.utils import BadRequestError

from cms.i18n import LANGUAGE_CODES, field_languages


def api_language(request) -> str:
    requested = request.GET.get("lang")
    if requested:
        code = requested.strip().lower()
        if code not in LANGUAGE_CODES:
            raise BadRequestError(f"lang: unknown language {requested!r}; use one of: {', '.join(LANGUAGE_CODES)}.")
        return code
    return translation.get_language_from_request(request, check_path=False) or settings.LANGUAGE_CODE


class LanguageMixin:
    """Activates the requested language for the whole API request."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self._language = api_language(request)
        translation.activate(self._language)
        request.LANGUAGE_CODE = self._language

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        language = getattr(self, "_language", None)
        if language:
            response["Content-Language"] = language
        response.setdefault("Vary", "Accept-Language")
        return response


class FieldLanguagesField(serializers.Field):
    """``meta.field_languages``: the language each translated field of the page came from, e.g.
    ``{"title": "ja", "summary": "en", "description": "vi"}`` when the summary fell back to English and
    the description to Vietnamese (requested language, then English, then Vietnamese)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return field_languages(page)


class PortalPageSerializer(PageSerializer):
    field_languages = FieldLanguagesField()
