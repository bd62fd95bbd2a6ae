"""The account's personal data in the JSON API: ``GET /api/accounts/personal-data/`` (everything, as the web
download) and ``DELETE`` (the account, as the web screen). Signed in the way allauth's headless "app" client is:
the ``X-Session-Token`` header it was given at sign-in (no cookie, so no CSRF token). Answers JSON in the
reader's language (``Accept-Language``); errors as ``{"errors": {"field": ["message"]}}``."""

import json

from allauth.headless.constants import Client
from allauth.headless.internal.sessionkit import authenticate_by_x_session_token
from allauth.headless.mfa.views import SignupWebAuthnView
from django.http import HttpResponse, JsonResponse
from django.urls import path, re_path
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from accounts.personal_data import personal_data_export
from accounts.services import StaffAccountError, account_delete, user_is_staff


def _error(status: int, field: str, message: str) -> JsonResponse:
    return JsonResponse({"errors": {field: [message]}}, status=status, json_dumps_params={"ensure_ascii": False})


def _token_user(request):
    token = request.headers.get("X-Session-Token", "")
    if not token or len(token) > 256:
        return None
    result = authenticate_by_x_session_token(token)
    return getattr(result, "user", None) if result else None


@csrf_exempt
@never_cache
def personal_data(request):
    user = _token_user(request)
    if user is None:
        return _error(401, "__all__", _("Sign in first (X-Session-Token)."))
    if request.method == "GET":
        return JsonResponse(personal_data_export(user=user), json_dumps_params={"ensure_ascii": False})
    if request.method == "DELETE":
        try:
            body = json.loads(request.body or b"{}")
        except (ValueError, UnicodeDecodeError):
            body = None
        if not isinstance(body, dict) or body.get("confirm") is not True:
            return _error(400, "confirm", _("Tick the box to confirm that the account should be deleted."))
        if user_is_staff(user):
            return _error(403, "__all__", _("Officers' accounts are managed in the admin."))
        try:
            account_delete(user=user)
        except StaffAccountError:
            return _error(403, "__all__", _("Officers' accounts are managed in the admin."))
        return HttpResponse(status=204)
    response = _error(405, "__all__", _("Method not allowed."))
    response["Allow"] = "GET, DELETE"
    return response


class PortalSignupWebAuthnView(SignupWebAuthnView):
    """allauth's passkey sign-up, answering 409 (no passkey sign-up under way) to a PUT that comes without one:
    allauth builds the PUT's input before it checks the stage, and the input needs the stage's user (a 500)."""

    def handle(self, request, *args, **kwargs):
        if request.method == "PUT":
            conflict = self._require_stage()
            if conflict:
                return conflict
        return super().handle(request, *args, **kwargs)


def not_offered(request, *args, **kwargs):
    """allauth's phone-number routes: the portal signs in by e-mail only (and allauth's phone views answer an
    unexpected method with a server error)."""
    return _error(404, "__all__", _("Not found."))


api_urlpatterns = [
    path("personal-data/", personal_data, name="api_account_personal_data"),
    # Before allauth's own route for the same path (portal/urls.py includes these first).
    path("app/v1/auth/webauthn/signup", PortalSignupWebAuthnView.as_api_view(client=Client.APP)),
    re_path(r"^app/v1/(?:account|auth)/phone(?:/.*)?$", not_offered),
]
