"""robots.txt and the per-language sitemaps (absolute links from the configured base URL, ``cms.links``)."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_page
from wagtail.models import Site

from cms.i18n import LANGUAGE_CODES, page_languages, page_url_in
from cms.links import absolute_url


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Disallow: /*/search/",
        f"Sitemap: {absolute_url(reverse('sitemap-index'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@cache_page(600)
def sitemap_index(request):
    sitemaps = [absolute_url(reverse("sitemap-language", args=[code])) for code in LANGUAGE_CODES]
    return TemplateResponse(request, "cms/sitemap_index.xml", {"sitemaps": sitemaps}, content_type="application/xml")


@cache_page(600)
def sitemap_language(request, language):
    if language not in LANGUAGE_CODES:
        raise Http404
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    pages = site.root_page.get_descendants(inclusive=True).live().public().specific().order_by("path")
    entries = []
    with translation.override(language):
        for page in pages:
            languages = page_languages(page)
            if language not in languages:
                continue
            entries.append(
                {
                    "loc": absolute_url(page_url_in(page, language, request)),
                    "lastmod": page.last_published_at,
                    "alternates": [
                        {"code": code, "href": absolute_url(page_url_in(page, code, request))} for code in languages
                    ],
                    "x_default": absolute_url(page_url_in(page, settings.LANGUAGE_CODE, request)),
                }
            )
    return TemplateResponse(request, "cms/sitemap.xml", {"entries": entries}, content_type="application/xml")
