"""Public pages, with the view restrictions read once per request.

Wagtail's ``PageQuerySet.public()`` reads every ``PageViewRestriction`` row each time it is called, and one
page view calls it several times (the navigation, the home page's news, a catalogue page's related items and
listing). ``public_pages(queryset, request=…)`` builds the same exclusion once and keeps it on the request
for the rest of that request; without a request it is ``queryset.public()``. A restriction saved during a
request is seen by the next one.
"""

from django.db.models import Q

_MEMO = "_portal_private_pages_q"


def public_pages(queryset, *, request=None):
    """``queryset.public()``, reading the view restrictions at most once per ``request``."""
    if request is None:
        return queryset.public()
    private: Q | None = getattr(request, _MEMO, None)
    if private is None:
        private = queryset.private_q()
        setattr(request, _MEMO, private)
    return queryset.exclude(private)
