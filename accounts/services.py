"""Writes about accounts: consent at sign-up, and the deletion of an account with all its personal data.

Deleting an account (``account_delete``) runs, in one transaction, the ``erase`` of every registered
personal-data section (accounts/personal_data.py: the inquiries sent from the account's verified addresses are
anonymised by the inquiries' own retention rule and stay with the agencies; event registrations likewise), then
detaches the consent records (they are kept, keyed by a hash of the address, with the date of deletion), then
deletes the user, which takes allauth's rows with it (addresses, passkeys and other authenticators, single
sign-on links, sessions are ended by the caller's logout). Any failure rolls everything back.
"""

import hashlib
import hmac

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from accounts.models import ConsentPurpose, ConsentRecord
from accounts.personal_data import personal_data_sections


def subject_hash(email: str) -> str:
    """A keyed hash of an e-mail address (lower case): the same person gets the same value, nobody can read it."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, b"consent:" + email.strip().lower().encode(), hashlib.sha256).hexdigest()


def consent_record(*, user, purpose: str = ConsentPurpose.ACCOUNT, language: str) -> ConsentRecord:
    return ConsentRecord.objects.create(
        user=user,
        subject_hash=subject_hash(user.email or ""),
        purpose=purpose,
        notice_version=settings.PORTAL_ACCOUNT_CONSENT_VERSION,
        language=language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE,
    )


def user_is_staff(user) -> bool:
    """Officers, editors and administrators: whoever may open the Wagtail admin."""
    return bool(user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


class StaffAccountError(Exception):
    """Officers' and administrators' accounts are not deleted from the investors' screens."""


@transaction.atomic
def account_delete(*, user) -> None:
    user = get_user_model().objects.select_for_update().get(pk=user.pk)
    if user_is_staff(user):
        raise StaffAccountError
    for section in personal_data_sections():
        section.erase(user)
    ConsentRecord.objects.filter(user=user).update(user=None, account_deleted_at=timezone.now())
    user.delete()
