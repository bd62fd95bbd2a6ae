"""Media files in development and tests (``PORTAL_SERVE_MEDIA``): everything under ``MEDIA_ROOT`` but the
documents, which only Wagtail's serve view hands out after their collection's privacy check
(``cms.media_privacy``). The path is normalised first, as ``django.views.static.serve`` will, so that
``documents/../documents/x.pdf`` or ``./documents/x.pdf`` cannot slip past."""

import posixpath

from django.conf import settings
from django.http import Http404
from django.views.static import serve

PRIVATE_FOLDERS = ("documents",)


def serve_public_media(request, path: str):
    normalised = posixpath.normpath(path.replace("\\", "/")).lstrip("/")
    if normalised.split("/", 1)[0] in PRIVATE_FOLDERS:
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)
