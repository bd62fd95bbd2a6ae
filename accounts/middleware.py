"""Account screens are never stored by a cache: every answer under ``/<lang>/account/`` (allauth's screens, the
personal-data screens, and the investor's space) carries ``Cache-Control: private, no-store``. The anonymous page
cache (cms/page_cache.py) then leaves them alone even for a reader without a session (the sign-in screen, for
example), and no proxy keeps a copy of a screen that may name an address or show a code's stage."""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control

PREFIXES = tuple(f"/{code}/account/" for code, _name in settings.LANGUAGES)


class PrivateAccountScreensMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(PREFIXES):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response
