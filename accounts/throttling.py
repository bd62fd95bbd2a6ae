"""Who throttles which sign-in.

Two guards, never both on one request: django-axes locks a user name out of the Wagtail admin's sign-in after
repeated wrong passwords (``AXES_*`` settings, unchanged for officers); allauth's rate limits
(``ACCOUNT_RATE_LIMITS``, counted in the shared cache) guard every step of the investors' sign-in, sign-up,
codes and password reset, on the web screens and in the JSON API. Axes is told to ignore every authentication
that does not come from the admin (``AXES_WHITELIST_CALLABLE``): otherwise the investors' failed sign-ins, which
carry an e-mail address instead of a user name, would be counted against one shared empty user name and lock
out everyone behind one address.

The steps that may send an e-mail to a typed address answer the same for every address, known or not, including
when they are throttled (``AddressMailThrottleMiddleware``, below).
"""

import json
import re
from http import HTTPStatus

from allauth.core import ratelimit
from allauth.core.ratelimit import respond_429
from django.http import JsonResponse

ADMIN_PREFIX = "/admin/"


def axes_ignores(request, credentials=None) -> bool:
    """True for an authentication axes should neither check nor count (anything outside the admin)."""
    path = getattr(request, "path", "") or ""
    return not path.startswith(ADMIN_PREFIX)


# One answer for every address ------------------------------------------------------------------------------------
#
# allauth limits the e-mails sent to one address (``confirm_email``: ``1/10s/key``), but it counts only the mails it
# really sends: to a known address (a verification code, "you already have an account") and not to an unknown one
# (a sign-in code or a password reset for nobody sends nothing). So a second request within the window answered
# 429 for a known address and went through for an unknown one, which told who has an account.
# ``AddressMailThrottleMiddleware`` makes the counter the same for both: before the view, an address whose window is
# used up gets the 429 at once, whoever owns it (the same page on the screens, the same ``{"status": 429}`` in the
# JSON API, answered from the cache before any database lookup, so the timing does not tell either); after the view,
# the address's window is used up if the step went ahead and the view did not use it (an unknown address, or a flow
# that sent nothing); a refused form (a missing consent, a malformed address) leaves it alone, for every address.
# Throttling still holds: one such request per address every 10 s, whatever the address.

ADDRESS_MAIL_PATHS = re.compile(r"^/[a-z]{2}(?:-[a-z]+)?/account/(?:signup|login/code|password/reset)/$")
ADDRESS_MAIL_API_PATHS = re.compile(r"^/api/accounts/(?:app|browser)/v1/auth/(?:signup|code/request|password/request)$")
ADDRESS_MAX_CHARS = 320


def _posted_address(request, *, api: bool) -> str:
    if api:
        try:
            data = json.loads(request.body or b"{}")
        except (ValueError, UnicodeDecodeError):
            return ""
        address = data.get("email") if isinstance(data, dict) else None
    else:
        address = request.POST.get("email")
    return address.strip().lower()[:ADDRESS_MAX_CHARS] if isinstance(address, str) else ""


def _address_window(request, address: str, *, dry_run: bool) -> bool:
    return bool(ratelimit.consume(request, action="confirm_email", key=address, dry_run=dry_run))


class AddressMailThrottleMiddleware:
    """See above: the same 429 for known and unknown addresses on the steps that may mail an address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST":
            return self.get_response(request)
        api = bool(ADDRESS_MAIL_API_PATHS.match(request.path))
        if not (api or ADDRESS_MAIL_PATHS.match(request.path)):
            return self.get_response(request)
        address = _posted_address(request, api=api)
        if not address:
            return self.get_response(request)
        if not _address_window(request, address, dry_run=True):
            return JsonResponse({"status": HTTPStatus.TOO_MANY_REQUESTS}, status=429) if api else respond_429(request)
        response = self.get_response(request)
        if _went_ahead(response, api=api):
            _address_window(request, address, dry_run=False)  # a no-op when the view used the window already
        return response


def _went_ahead(response, *, api: bool) -> bool:
    """Whether the step went ahead (and may have sent a mail): a redirect on the screens; in the API a 200, or the
    401 that names the pending flow. A refused form (400, or the screen shown again) sends nothing, for any
    address, and leaves the window alone."""
    if api:
        return response.status_code in (HTTPStatus.OK, HTTPStatus.UNAUTHORIZED)
    return 300 <= response.status_code < 400
