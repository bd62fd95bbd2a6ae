"""A ``SENDFILE_BACKEND`` for Wagtail's document serve view behind nginx: the view checks the collection's
privacy, then answers with ``X-Accel-Redirect`` and no body, and nginx sends the file from its ``internal``
location ``/media/documents/`` (``deploy/nginx/portal-locations.conf``), which answers nothing to a request
from outside. The app server never streams the file; nginx keeps its range requests and sendfile(2).

Wagtail's wrapper (``wagtail.utils.sendfile``) adds Content-Type, Content-Disposition and Content-Length
after this returns; nginx keeps the first two from this response and takes the length from the file.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import Http404, HttpResponse


def sendfile(request, filename, **kwargs):
    root = Path(settings.MEDIA_ROOT).resolve()
    path = Path(filename).resolve()
    if not path.is_relative_to(root):
        raise Http404  # only files of the media directory are behind nginx's internal location
    response = HttpResponse()
    response["X-Accel-Redirect"] = quote(settings.MEDIA_URL + path.relative_to(root).as_posix())
    return response
