"""Security headers that Django 5.2 does not set by itself: a Content Security Policy for the
public site (the Wagtail admin keeps its own rules) and a Permissions-Policy."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = "; ".join(f"{directive} {value}" for directive, value in settings.PORTAL_CSP.items())

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy and not request.path.startswith("/admin/") and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = self.policy
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(self), payment=()")
        return response


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 outside the language-prefixed site (the API,
    the admin, documents, media) stays a 404 instead of being redirected to ``/vi/…``."""

    UNPREFIXED = ("/api/", "/admin/", "/documents/", "/media/", "/static/", "/i18n/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED):
            return response
        return super().process_response(request, response)
