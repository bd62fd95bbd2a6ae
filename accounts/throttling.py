"""Who throttles which sign-in.

Two guards, never both on one request: django-axes locks a user name out of the Wagtail admin's sign-in after
repeated wrong passwords (``AXES_*`` settings, unchanged for officers); allauth's rate limits
(``ACCOUNT_RATE_LIMITS``, counted in the shared cache) guard every step of the investors' sign-in, sign-up,
codes and password reset, on the web screens and in the JSON API. Axes is told to ignore every authentication
that does not come from the admin (``AXES_WHITELIST_CALLABLE``): otherwise the investors' failed sign-ins, which
carry an e-mail address instead of a user name, would be counted against one shared empty user name and lock
out everyone behind one address.
"""

ADMIN_PREFIX = "/admin/"


def axes_ignores(request, credentials=None) -> bool:
    """True for an authentication axes should neither check nor count (anything outside the admin)."""
    path = getattr(request, "path", "") or ""
    return not path.startswith(ADMIN_PREFIX)
