"""The CSRF token of forms on pages stored by the frontend cache, and the page a failed CSRF check answers.

``token``: ``GET /csrf/`` answers ``{"token": …}`` with the reader's own token and sets the CSRF cookie (never
cached); ``static/js/csrf.js`` fills it into the forms of a stored page (``cms/frontend_cache.py``).

``csrf_failure`` (``CSRF_FAILURE_VIEW``): a post whose check failed, typically from a stored page read without
JavaScript (its token input is empty and there is no cookie yet). For the public forms that anyone may send
without an account (``PORTAL_CSRF_RESUBMIT_VIEWS``: the inquiry and the event registration) and a reader
without a session, the answer is the same post again, as hidden fields with a fresh token, and one button to
send it: nothing typed is lost and the form works without scripts, one click later. The check is not weakened:
the second post passes it only because the reader pressed the button on the portal's own page (which no other
site can frame: ``frame-ancestors 'none'``). Every other failure (the admin, a signed-in reader) gets the
explanation and a link back, in the reader's language; never a bare 403.
"""

from django.conf import settings
from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.urls import Resolver404, resolve
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def token(request):
    return JsonResponse({"token": get_token(request)})


def _resubmittable(request) -> bool:
    if request.method != "POST" or request.FILES or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return match.view_name in settings.PORTAL_CSRF_RESUBMIT_VIEWS


def csrf_failure(request, reason=""):
    fields = []
    resubmit = _resubmittable(request)
    if resubmit:
        fields = [
            (name, value) for name, values in request.POST.lists() if name != "csrfmiddlewaretoken" for value in values
        ]
    response = render(
        request,
        "cms/csrf_failure.html",
        {"resubmit": resubmit, "fields": fields, "action": request.get_full_path(), "reason": reason},
        status=403,
    )
    response["Cache-Control"] = "no-store"
    return response
