"""Which signed-in readers the page cache must not serve: officers and editors, told apart without a database
query on a cached request.

The page cache (``cms.page_cache``) serves its anonymous copy to every reader who has no *staff marker*, a
cookie (``portal_staff``, not secret, HttpOnly) that this middleware sets on the first response it gives a
signed-in user who may use the admin (``is_staff``, a superuser, or Wagtail's ``access_admin``: the people
Wagtail's user bar and previews are for), and takes away once that browser is signed out. So:

- an anonymous reader and a signed-in *investor* (an ordinary non-staff user) get the same cached bytes: the
  copy carries nothing personal; the investor's state (header link, saved buttons, form pre-fill) is added by
  a deferred script from an uncached JSON endpoint (``investors.views.api_state``);
- an officer or editor with the marker always bypasses the cache and sees the user bar;
- a copy is stored only from a response rendered for an anonymous request (``page_cache._cacheable_response``):
  a staff user without the marker (signed in before the marker existed, or who deleted the cookie) may be
  served the anonymous copy, never the reverse: a page rendered for a signed-in user never enters the cache.

Cost: a cache hit looks at cookies only. A request that reaches the views with a session cookie and no marker
reads its user (the session and user rows, which those views mostly read anyway) to decide on the marker; a
request without a session cookie reads nothing. The marker can be forged by anyone, which only makes the
forger's own requests bypass the cache, as a forged session cookie always could.
"""

from django.conf import settings

STAFF_COOKIE = "portal_staff"


def user_is_staff(user) -> bool:
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"))
    )


class StaffMarkerMiddleware:
    """Sets or removes the staff marker (after ``AuthenticationMiddleware``, which gives ``request.user``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        has_session = settings.SESSION_COOKIE_NAME in request.COOKIES
        has_marker = STAFF_COOKIE in request.COOKIES
        user = getattr(request, "user", None)
        if user is None or not (has_session or has_marker or user.is_authenticated):
            return response
        staff = user_is_staff(user)
        if staff and not has_marker:
            response.set_cookie(
                STAFF_COOKIE,
                "1",
                max_age=settings.SESSION_COOKIE_AGE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        elif has_marker and not staff:
            response.delete_cookie(STAFF_COOKIE, samesite="Lax")
        return response
