"""The editors' translation report: per page and language, missing / outdated / translated / reviewed,
with a button to mark a translation reviewed (``cms.translation_status``)."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from cms.translation_status import TARGET_LANGUAGES, translation_mark_reviewed, translation_overview


@permission_required("wagtailadmin.access_admin")
def translation_status(request):
    languages, pages = translation_overview(user=request.user)
    return TemplateResponse(
        request,
        "cms/admin/translation_status.html",
        {"page_title": _("Translation status"), "languages": languages, "pages": pages},
    )


@require_POST
@permission_required("wagtailadmin.access_admin")
def translation_review(request, page_id: int, language: str):
    """Marks the page's ``language`` translation reviewed (an editor who may edit the page)."""
    page = get_object_or_404(Page, pk=page_id)
    if language not in TARGET_LANGUAGES:
        messages.error(request, _("Unknown language."))
        return redirect("translation_status")
    if not page.permissions_for_user(request.user).can_edit():
        messages.error(request, _("You may not edit this page, so you cannot mark its translation reviewed."))
        return redirect("translation_status")
    translation_mark_reviewed(page=page, language=language, user=request.user)
    messages.success(request, _("The translation of “%(page)s” is marked reviewed.") % {"page": page.title})
    return redirect("translation_status")
