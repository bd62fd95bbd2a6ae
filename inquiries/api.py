"""``POST /api/inquiries/`` exactly as the public contract says, plus, for ``"kind": "visit"`` (a site-visit or
meeting request), the optional fields ``visit_format``, ``preferred_dates``, ``participants`` and ``attendees``
(``visits.py``); other kinds ignore them.

Only ``Content-Type: application/json`` is read (415 otherwise): a cross-site HTML form can post only
``application/x-www-form-urlencoded``, ``multipart/form-data`` or ``text/plain`` without a CORS preflight, so
no other site's page can make its visitors' browsers file inquiries here (the endpoint takes no cookies, so
CSRF tokens cannot protect it). The checks run in this order: the body (413, 415, 400), the
``Idempotency-Key`` (a replay of the same request answers 201 with the original, the same key with other
content 422; see ``inquiries/idempotency.py`` for why a replay comes before the rate limit), the rate
limit (429), then the inquiry is created.
"""

import json

from django.conf import settings
from django.core.validators import RegexValidator
from django.http import JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from cms.client_address import client_address, client_network
from cms.i18n import LANGUAGE_CODES

from .forms import InquiryForm, form_errors
from .idempotency import api_idempotency_key, request_fingerprint
from .models import InquiryKind
from .routing import NoAgencyError
from .selectors import rate_limit_retry_after
from .services import IdempotencyKeyReused, inquiry_create, inquiry_replay, source_ip_hash
from .visits import VisitForm, visit_api_errors, visit_form_data

MAX_BODY_BYTES = 64 * 1024
JSON_CONTENT_TYPE = "application/json"
FIELDS = ("kind", "name", "email", "organisation", "country", "phone", "message", "page", "sector", "language")


def client_ip(request) -> str:
    """The sender as the inquiry rate limit counts it: the client address behind the trusted proxies
    (``PORTAL_TRUSTED_PROXIES``), an IPv6 address standing for its /64 (``cms/client_address.py``)."""
    return client_network(client_address(request))


def inquiry_language(data: dict, request) -> str:
    code = str(data.get("language") or "").strip().lower()
    if code in LANGUAGE_CODES:
        return code
    return translation.get_language_from_request(request, check_path=False) or settings.LANGUAGE_CODE


def _json(payload: dict, status: int, language: str, **headers) -> JsonResponse:
    response = JsonResponse(payload, status=status, json_dumps_params={"ensure_ascii": False})
    response["Content-Language"] = language
    response["Cache-Control"] = "no-store"
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def inquiry_payload(inquiry) -> dict:
    with translation.override(inquiry.language):
        return {"reference": inquiry.reference, "status": inquiry.status, "agency": {"name": inquiry.agency.name}}


def _accepted_type(field: str, value) -> bool:
    if isinstance(value, str):
        return True
    return field in ("page", "sector") and isinstance(value, int) and not isinstance(value, bool)


def idempotency_key_from(request) -> tuple[str | None, str | None]:
    key = request.headers.get("Idempotency-Key")
    if key is None:
        return None, None
    key = key.strip()
    if not key or len(key) > 200 or any(not ch.isprintable() for ch in key):
        return None, _("The Idempotency-Key header must be 1 to 200 printable characters.")
    return key, None


@csrf_exempt  # no cookies are used; JSON only (415 otherwise) is what keeps other sites' forms out
def inquiries_create(request):
    if request.method != "POST":
        return _json({"errors": {"__all__": ["Use POST."]}}, 405, settings.LANGUAGE_CODE, Allow="POST")
    language = settings.LANGUAGE_CODE
    if len(request.body) > MAX_BODY_BYTES:
        return _json({"errors": {"__all__": ["Request body too large."]}}, 413, language)
    try:
        data = json.loads(request.body.decode("utf-8") or "null")
        json.dumps(data, ensure_ascii=False).encode("utf-8")  # refuses lone surrogates ("\ud800"): not text
    except (ValueError, RecursionError):
        # ValueError: not UTF-8, not JSON, an integer of over 4300 digits or a lone surrogate (Unicode errors
        # are ValueErrors); RecursionError: nesting too deep.
        data = None
    language = inquiry_language(data if isinstance(data, dict) else {}, request)
    with translation.override(language):
        if request.content_type != JSON_CONTENT_TYPE:
            message = _("Send the inquiry as JSON, with the header Content-Type: application/json.")
            return _json({"errors": {"__all__": [message]}}, 415, language, Accept_Post=JSON_CONTENT_TYPE)
        if not isinstance(data, dict):
            return _json({"errors": {"__all__": [_("Send a JSON object.")]}}, 400, language)
        key, key_error = idempotency_key_from(request)
        if key_error:
            return _json({"errors": {"Idempotency-Key": [key_error]}}, 400, language)
        present = {field: data[field] for field in FIELDS if data.get(field) is not None}
        # Text fields take strings only (a list or an object would otherwise be stored as its Python repr);
        # the page and sector ids may also come as JSON integers.
        wrong_type = {field for field, value in present.items() if not _accepted_type(field, value)}
        form_data = {field: str(value) for field, value in present.items() if field not in wrong_type}
        if "language" in form_data:  # required, as documented; case and surrounding spaces do not matter
            form_data["language"] = form_data["language"].strip().lower()
        form_data["consent"] = "on" if data.get("consent") is True else ""
        if data.get("website"):
            form_data["website"] = str(data["website"])
        form = InquiryForm(form_data)
        visit_form, visit_errors = None, {}
        if form_data.get("kind") == InquiryKind.VISIT:
            visit_data, visit_errors = visit_form_data(data)
            visit_form = VisitForm(visit_data)
            if not visit_form.is_valid():
                visit_errors = {**visit_api_errors(visit_form), **visit_errors}
        if not form.is_valid() or wrong_type or visit_errors:
            errors = form_errors(form)
            errors.update({field: [str(RegexValidator.message)] for field in wrong_type})  # "Enter a valid value."
            errors.update(visit_errors)
            return _json({"errors": errors}, 400, language)
        ip = client_ip(request)
        scoped_key = api_idempotency_key(key=key, client=ip) if key else None
        fingerprint = request_fingerprint(data) if key else ""
        try:
            replay = inquiry_replay(idempotency_key=scoped_key, fingerprint=fingerprint) if key else None
            if replay is not None:
                return _json(inquiry_payload(replay.inquiry), 201, language, Idempotent_Replayed="true")
            retry_after = rate_limit_retry_after(ip_hash=source_ip_hash(ip))
            if retry_after:
                message = _("Too many inquiries from your address. Please try again in %(minutes)s minutes.") % {
                    "minutes": max(1, retry_after // 60)
                }
                return _json({"errors": {"__all__": [message]}}, 429, language, Retry_After=str(retry_after))
            cleaned = form.cleaned_data
            result = inquiry_create(
                kind=cleaned["kind"],
                name=cleaned["name"],
                email=cleaned["email"],
                organisation=cleaned["organisation"],
                country=cleaned["country"],
                phone=cleaned["phone"],
                message=cleaned["message"],
                page=cleaned["page"],
                sector=cleaned["sector"],
                language=language,
                idempotency_key=scoped_key,
                idempotency_fingerprint=fingerprint,
                replay_checked=True,
                source_ip=ip,
                visit=visit_form.details() if visit_form is not None else None,
            )
        except IdempotencyKeyReused:
            message = _("This Idempotency-Key was already used for another inquiry. Use a new key for a new inquiry.")
            return _json({"errors": {"Idempotency-Key": [message]}}, 422, language)
        except NoAgencyError:
            return _json({"errors": {"__all__": [_("Inquiries cannot be received at the moment.")]}}, 503, language)
        headers = {"Idempotent_Replayed": "true"} if result.replayed else {}
        return _json(inquiry_payload(result.inquiry), 201, language, **headers)
