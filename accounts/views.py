"""The personal-data screens of an account: what is held (and a JSON download of all of it), and the deletion
of the account. Thin: the registry (accounts/personal_data.py) and the services do the work.

Deleting needs a recent sign-in (allauth's reauthentication: password, code or passkey, within
``ACCOUNT_REAUTHENTICATION_TIMEOUT``) and a ticked confirmation; an officer's account is refused (403), since
officers are managed in the admin. Every answer is private (``Cache-Control: no-store``).
"""

import json

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from accounts import selectors
from accounts.forms import DeleteAccountForm
from accounts.personal_data import personal_data_export
from accounts.services import StaffAccountError, account_delete, user_is_staff


@never_cache
@login_required
@require_GET
def personal_data(request):
    return render(
        request,
        "accounts/personal_data.html",
        {
            "verified_emails": selectors.account_verified_emails(user=request.user),
            "inquiry_count": selectors.account_inquiries(user=request.user).count(),
            "consents": request.user.consent_records.order_by("given_at"),
            "form": DeleteAccountForm(),
            "is_staff": user_is_staff(request.user),
        },
    )


@never_cache
@login_required
@require_GET
def personal_data_download(request):
    data = personal_data_export(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    filename = f"personal-data-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def account_delete_view(request):
    if user_is_staff(request.user):
        raise PermissionDenied
    return _account_delete_after_recent_sign_in(request)


@reauthentication_required
def _account_delete_after_recent_sign_in(request):
    form = DeleteAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            account_delete(user=request.user)
        except StaffAccountError as exc:
            raise PermissionDenied from exc
        logout(request)
        messages.success(request, _("Your account and its personal data have been deleted."))
        return redirect(f"/{translation.get_language()}/")
    return render(request, "accounts/delete.html", {"form": form}, status=400 if form.errors else 200)
