"""Language selection for API requests: ``?lang=`` first, then ``Accept-Language``, then Vietnamese."""

from django.conf import settings
from django.utils import translation
from wagtail.api.v2.utils import BadRequestError

from cms.i18n import LANGUAGE_CODES


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
