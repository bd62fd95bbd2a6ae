"""Forms of the investors' screens. ``SignupForm`` is allauth's ``ACCOUNT_SIGNUP_FORM_CLASS``: its consent field
joins every sign-up form (by password, by passkey, through single sign-on, and the JSON API's sign-up, whose
documented input gains a required ``consent``), and its ``signup()`` records the consent."""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from accounts.services import consent_record


class SignupForm(forms.Form):
    consent = forms.BooleanField(
        label=_("I agree that the portal keeps my account data as described in the privacy notice."),
        required=True,
        error_messages={"required": _("Please agree to the privacy notice to create an account.")},
    )

    def signup(self, request, user):
        consent_record(user=user, language=translation.get_language() or settings.LANGUAGE_CODE)


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that my account and my saved data will be deleted, and that this cannot be undone."),
        required=True,
        error_messages={"required": _("Tick the box to confirm that the account should be deleted.")},
    )
