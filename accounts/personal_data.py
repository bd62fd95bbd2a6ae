"""The registry of personal data held about an account, for its download and its erasure.

Every app that stores something about an account registers one section, in its ``AppConfig.ready()``::

    from accounts.personal_data import personal_data_register

    personal_data_register(name="shortlist", export=shortlist_export, erase=shortlist_erase)

``export(user)`` returns what the app holds about ``user`` as JSON-ready data (dicts, lists, strings, numbers;
dates as ISO text); ``erase(user)`` removes or anonymises it. Both run inside the request that asked for them;
``erase`` runs in the account deletion's transaction, before the user row is deleted (so it can still read
``user`` and its verified addresses), and a failure in any section rolls the whole deletion back: an account is
deleted with all its data or not at all. Apps below ``accounts`` in the layers (inquiries, events) import nothing
from here; this app registers their sections itself (``register_own_sections``), through their services.

Names are unique: registering a name twice replaces nothing and fails loudly (two apps claiming one section is
a programming error, found at start-up).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.socialaccount.models import SocialAccount
from django.utils import timezone

from accounts import selectors
from events.services import registrations_anonymise_for_sender
from inquiries.selectors import personal_data_export as inquiry_personal_data
from inquiries.services import inquiries_anonymise_for_sender

Export = Callable[[Any], Any]
Erase = Callable[[Any], None]


@dataclass(frozen=True)
class Section:
    name: str
    export: Export
    erase: Erase


_SECTIONS: dict[str, Section] = {}


def personal_data_register(*, name: str, export: Export, erase: Erase) -> None:
    if name in _SECTIONS:
        raise ValueError(f"A personal-data section named {name!r} is already registered.")
    _SECTIONS[name] = Section(name=name, export=export, erase=erase)


def personal_data_sections() -> list[Section]:
    return list(_SECTIONS.values())


def personal_data_export(*, user) -> dict:
    """Everything the portal holds about ``user``, section by section."""
    return {
        "exported_at": timezone.now().isoformat(),
        "sections": {section.name: section.export(user) for section in personal_data_sections()},
    }


# The sections of this app and of the apps below it ------------------------------------------------------------


def _account_export(user) -> dict:
    return {
        "email": user.email,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        # What kind of second factors and passkeys exist, never their secrets or public keys.
        "sign_in_methods": [
            {
                "type": authenticator.type,
                "name": (authenticator.data or {}).get("name", "") if authenticator.type == "webauthn" else "",
                "created_at": authenticator.created_at.isoformat(),
                "last_used_at": authenticator.last_used_at.isoformat() if authenticator.last_used_at else None,
            }
            for authenticator in Authenticator.objects.filter(user=user).order_by("pk")
        ],
        "single_sign_on": [
            {"provider": account.provider, "uid": account.uid, "date_joined": account.date_joined.isoformat()}
            for account in SocialAccount.objects.filter(user=user).order_by("pk")
        ],
        "consents": [
            {
                "purpose": record.purpose,
                "text": str(record.get_purpose_display()),
                "privacy_notice_version": record.notice_version,
                "language": record.language,
                "given_at": record.given_at.isoformat(),
            }
            for record in user.consent_records.order_by("given_at", "pk")
        ],
    }


def _account_erase(user) -> None:
    """allauth's rows (addresses, authenticators, single sign-on links) go with the user (cascade); consent
    records stay, detached and keyed by a hash (accounts.services.account_delete)."""


def _inquiries_export(user) -> list:
    return [
        inquiry
        for address in selectors.account_verified_emails(user=user)
        for inquiry in inquiry_personal_data(email=address)["inquiries"]
    ]


def _inquiries_erase(user) -> None:
    inquiries_anonymise_for_sender(emails=selectors.account_verified_emails(user=user))


def _event_registrations_export(user) -> list:
    return [
        {
            "event": str(registration.event),
            "name": registration.name,
            "email": registration.email,
            "status": registration.status,
            "created_at": registration.created_at.isoformat(),
        }
        for registration in selectors.account_event_registrations(user=user)
    ]


def _event_registrations_erase(user) -> None:
    registrations_anonymise_for_sender(emails=selectors.account_verified_emails(user=user))


def register_own_sections() -> None:
    personal_data_register(name="account", export=_account_export, erase=_account_erase)
    personal_data_register(name="inquiries", export=_inquiries_export, erase=_inquiries_erase)
    personal_data_register(
        name="event_registrations", export=_event_registrations_export, erase=_event_registrations_erase
    )
