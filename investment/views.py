"""The downloadable investment guide (``/<lang>/investment-guide.pdf``), generated from the portal's content."""

from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .guide.document import guide_pdf
from .guide.pdf import FontsMissing


@require_GET
def investment_guide(request):
    language = translation.get_language()
    try:
        document = guide_pdf(language=language, site_url=request.build_absolute_uri(reverse("inquiries:new")))
    except FontsMissing:
        response = HttpResponse(_("The investment guide cannot be made at the moment."), status=503)
        response["Content-Type"] = "text/plain; charset=utf-8"
        return response
    response = HttpResponse(document, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="dong-thap-investment-guide-{language}.pdf"'
    response["Content-Language"] = language
    return response
