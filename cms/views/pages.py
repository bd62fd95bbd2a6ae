"""Wagtail's page view, with the route of a path read in one query when it was routed before (cms/render_cache.py).

Everything after routing is Wagtail's own ``serve`` view: the ``before_serve_page`` and ``on_serve_page`` hooks
(view restrictions, passwords), the page's ``serve()`` and, on a 404, the redirects middleware.
"""

from wagtail import views as wagtail_views
from wagtail.models import Page

from cms.render_cache import remember_route, remembered_route, render_cache_enabled, site_for_request


def serve(request, path):
    if not render_cache_enabled(request) or hasattr(request, "_wagtail_route_for_request"):
        return wagtail_views.serve(request, path)
    site = site_for_request(request)  # once per content version, host and port
    if site is None:
        return wagtail_views.serve(request, path)
    route = remembered_route(request, site, path)
    if route is not None:
        request._wagtail_route_for_request = route  # what Page.route_for_request keeps for the request
    else:
        Page.route_for_request(request, path)  # Wagtail's routing, level by level
        remember_route(request, site, path)
    return wagtail_views.serve(request, path)
