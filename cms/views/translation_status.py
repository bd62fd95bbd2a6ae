from django.contrib.auth.decorators import permission_required
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from cms.translation_status import translation_overview


@permission_required("wagtailadmin.access_admin")
def translation_status(request):
    languages, pages = translation_overview(user=request.user)
    return TemplateResponse(
        request,
        "cms/admin/translation_status.html",
        {"page_title": _("Translation status"), "languages": languages, "pages": pages},
    )
