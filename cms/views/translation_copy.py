"""The editor's "copy this StreamField into another language" button, with the checks the add-on lacks.

wagtail-modeltranslation registers ``/admin/pages/<id>/edit/copy_translation_content/`` (its
``copy_stream_fields.js`` posts there from the page editor) as a CSRF-exempt view that checks nothing:
any signed-in admin user could render any page's StreamField widgets (200), and an unknown page id, a
GET or a malformed body answered 500. This view takes its URL (``cms/wagtail_hooks.py`` registers it
before the add-on's, so it is the one Django resolves) and answers only what the page editor may ask:

- the page must exist (404) and the user must be allowed to edit it (403: ``permissions_for_user``, so an
  agency editor's limits in ``investment.permissions`` apply too);
- POST only (405), with the CSRF token the script already sends;
- both field names must be translations of the same StreamField of that page, and the serialised field
  a JSON list of ``{"name", "value"}`` pairs (400 otherwise).
"""

import json

from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from modeltranslation.translator import NotRegistered, translator
from wagtail.fields import StreamField
from wagtail.models import Page

MAX_SERIALISED_CHARS = 2_000_000


def _translated_stream_fields(page) -> dict[str, str]:
    """``{localized field name: original field name}`` for the page's translated StreamFields."""
    try:
        options = translator.get_options_for_model(type(page))
    except NotRegistered:
        return {}
    names = {}
    for original, localized in options.all_fields.items():
        if isinstance(page._meta.get_field(original), StreamField):
            names.update({field.name: original for field in localized})
    return names


def _pairs(raw: str) -> list[tuple[str, str]] | None:
    if not raw or len(raw) > MAX_SERIALISED_CHARS:
        return None
    try:
        items = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(items, list):
        return None
    pairs = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            return None
        value = item.get("value")
        pairs.append((item["name"], "" if value is None else str(value)))
    return pairs


@require_POST
def copy_translation_content(request, page_id: str):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    origin = request.POST.get("origin_field_name", "")
    target = request.POST.get("target_field_name", "")
    fields = _translated_stream_fields(page)
    if origin not in fields or target not in fields or fields[origin] != fields[target] or origin == target:
        return HttpResponseBadRequest(_("These are not two languages of one field of this page."))
    pairs = _pairs(request.POST.get("serializedOriginField", ""))
    if pairs is None:
        return HttpResponseBadRequest(_("The field's content could not be read."))
    data = QueryDict(mutable=True)  # repeated names (multiple choices) stay lists, as in a real POST
    for name, value in pairs:
        if name == origin or name.startswith(f"{origin}-"):
            data.appendlist(target + name[len(origin) :], value)
    stream_field = page._meta.get_field(target)
    value = stream_field.stream_block.value_from_datadict(data, {}, target)
    html = stream_field.formfield().widget.render(target, value)
    return JsonResponse(html, safe=False)
