"""How the workspace names a person: one function, ``person_name(user, language)``, used wherever an
officer is named (the inquiry list and its export, an inquiry's owner and the owner choices, the timeline's
actors, a hand-over's explanation, a reply's signature).

The name comes from the officer's profile in the reader's language (``OfficerProfile.display_name_<lang>``:
チャン・ミン・アイン, 쩐민아인, 陈明英), then English, then Vietnamese, then the account's full name or user
name. A name found in another language than the reader's is transliterated to ASCII without tones
("Trần Minh Anh" → "Tran Minh Anh"), so a Japanese, Korean or Chinese reader never meets Vietnamese letters
and an English reader gets the plain-ASCII spelling; a Vietnamese reader gets the name as written.

Names are never stored as text on the timeline: events keep the user (``InquiryEvent.actor``, the owner's
id in ``data``), and the name is written when it is shown, in the reader's language.
"""

from anyascii import anyascii
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from cms.i18n import SOURCE_LANGUAGE, localized

from .models import OfficerProfile


def _profile(user) -> OfficerProfile | None:
    try:
        return user.officer_profile  # cached on the instance (also when missing)
    except OfficerProfile.DoesNotExist:
        return None


def person_name(user, language: str | None = None) -> str:
    """The name of ``user`` for a reader of ``language`` (default: the active language); "" for nobody."""
    if user is None:
        return ""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    profile = _profile(user)
    name, code = localized(profile, "display_name", language) if profile is not None else ("", language)
    if not name:
        name, code = (user.get_full_name() or user.get_username()), SOURCE_LANGUAGE
    if code != language and language != SOURCE_LANGUAGE:
        name = anyascii(name)
    return name


def former_officer() -> str:
    """Who acted, when the user was deleted since (the line keeps no name)."""
    return _("a former officer")
