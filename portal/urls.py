"""Root URLs: the project composes every app's URLs here (apps never import each other's URLs)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from accounts import urls as account_urls
from accounts.api import api_urlpatterns as account_api_urls
from cms.views import collection_privacy, csrf, media, pages, seo
from events import urls as event_urls
from inquiries.urls import api_urlpatterns as inquiry_api_urls
from inquiries.urls import urlpatterns as inquiry_urls
from insights.urls import api_urlpatterns as insights_api_urls
from investment import urls as investment_urls
from investors.urls import api_urlpatterns as investor_api_urls
from investors.urls import urlpatterns as investor_urls
from portal import health, openapi
from portal.api import api_router
from search import urls as search_urls

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("csrf/", csrf.token, name="csrf_token"),  # the token of forms on cached pages (cms/frontend_cache.py)
    path("robots.txt", seo.robots_txt, name="robots"),
    path("sitemap.xml", seo.sitemap_index, name="sitemap-index"),
    path("sitemap-<str:language>.xml", seo.sitemap_language, name="sitemap-language"),
    # Two of Wagtail's collection views with the portal's rule on images (cms/media_privacy.py), before the admin.
    path("admin/collections/<int:collection_id>/privacy/", collection_privacy.set_privacy),
    path("admin/collections/<int:pk>/", collection_privacy.edit),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/schema/", openapi.schema, name="api_schema"),
    path("api/docs/", openapi.docs, name="api_docs"),
    *search_urls.api_urlpatterns,
    path("api/", include(inquiry_api_urls)),
    *insights_api_urls,
    path("api/accounts/", include(account_api_urls)),  # /api/accounts/personal-data/
    path("api/accounts/", include("allauth.headless.urls")),  # /api/accounts/app/v1/… (allauth headless)
    path("", include((investor_api_urls, "investors_api"))),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.PORTAL_SERVE_MEDIA:
    # Development and tests only; production serves media from a web server or S3-compatible storage. Never
    # the documents: only Wagtail's view serves them, after their collection's privacy check.
    urlpatterns.append(re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", media.serve_public_media))

urlpatterns += i18n_patterns(
    *search_urls.page_urlpatterns,  # before Wagtail's catch-all
    path("", include((inquiry_urls, "inquiries"))),  # /<lang>/inquiries/…, before Wagtail's catch-all
    path("", include(event_urls)),  # /<lang>/events/…
    path("", include(account_urls)),  # /<lang>/account/login/ … (not /<lang>/account/ itself: investors)
    path("", include((investor_urls, "investors"))),  # /<lang>/account/…
    path("", include(investment_urls)),  # /<lang>/investment-guide.pdf
    # Wagtail's URLs, its serve view with remembered routes (cms/render_cache.py): the same pattern and name.
    *(pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", None) != "wagtail_serve"),
    re_path(serve_pattern, pages.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
