"""Reads of the investor's space (keyword-only, ``<entity>_<action>``). Every read is scoped to one user.

Which addresses are the user's *verified* ones is decided in one place, ``investor_verified_emails``: the
inquiries of an account are those whose sender address is one of them, including inquiries sent before the
account existed. Whether an address is verified is a pluggable check (setting ``PORTAL_INVESTOR_EMAIL_CHECK``,
a dotted path to ``check(*, user, address) -> bool``). The default asks allauth's ``EmailAddress`` table when
allauth is installed and otherwise answers no: an address nobody has verified never opens anyone's inquiries.
"""

from django.apps import apps
from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils.module_loading import import_string
from wagtail.models import Page

from cms.catalogue import catalogue_kind_of, catalogue_page_models
from inquiries.models import Inquiry
from inquiries.selectors import inquiry_timeline

from .models import InvestorProfile, SavedSearch, ShortlistItem

SHORTLIST_MAX = 200
SAVED_SEARCH_MAX = 50
COMPARE_MAX = 4


# ---------------------------------------------------------------- verified addresses


def allauth_email_verified(*, user, address: str) -> bool:
    """The default check: allauth's record of the address, when allauth is installed; else not verified."""
    if not apps.is_installed("allauth.account"):
        return False
    email_address = apps.get_model("account", "EmailAddress")
    return email_address.objects.filter(user=user, email__iexact=address, verified=True).exists()


def email_verified(*, user, address: str) -> bool:
    return bool(import_string(settings.PORTAL_INVESTOR_EMAIL_CHECK)(user=user, address=address))


def investor_verified_emails(*, user) -> list[str]:
    """The user's verified addresses (today: ``user.email`` when the check says it is verified)."""
    if user is None or not user.is_authenticated:
        return []
    address = (user.email or "").strip()
    return [address] if address and email_verified(user=user, address=address) else []


# ---------------------------------------------------------------- profile


def investor_profile_get(*, user) -> InvestorProfile | None:
    return InvestorProfile.objects.filter(user=user).prefetch_related("sectors", "places").first()


def investor_inquiry_defaults(*, user) -> dict:
    """What pre-fills the inquiry form: name, e-mail (a verified one), organisation, country and the top-level
    sector of the first sector of interest (the form offers top-level sectors only)."""
    if user is None or not user.is_authenticated:
        return {}
    values = {"name": user.get_full_name().strip()}
    emails = investor_verified_emails(user=user)
    values["email"] = emails[0] if emails else (user.email or "")
    profile = investor_profile_get(user=user)
    if profile is not None:
        values["organisation"] = profile.organisation
        values["country"] = profile.country.code if profile.country else ""
        sectors = sorted(profile.sectors.all(), key=lambda sector: sector.path)
        if sectors:
            values["sector"] = str(sectors[0].ancestors_and_self()[0].pk)
        values["language"] = profile.language
    return {name: value for name, value in values.items() if value}


def investor_language(*, user, default: str | None = None) -> str:
    """The language the investor reads e-mails in: the profile's, else ``default``, else the site's."""
    profile = InvestorProfile.objects.filter(user=user).only("language").first()
    return (profile.language if profile and profile.language else "") or default or settings.LANGUAGE_CODE


# ---------------------------------------------------------------- shortlist


def catalogue_page_get(*, page_id: int):
    """The live project, opportunity or zone with this id (its specific class), else ``None``."""
    page = Page.objects.live().type(*catalogue_page_models()).filter(pk=page_id).first()
    return page.specific if page is not None else None


def shortlist_list(*, user) -> list[ShortlistItem]:
    """The user's shortlist, newest first, each item's ``page`` the specific live page (items whose page was
    unpublished are left out, and come back when it is published again)."""
    items = list(ShortlistItem.objects.filter(user=user)[:SHORTLIST_MAX])
    pages = (
        Page.objects.live().type(*catalogue_page_models()).filter(pk__in=[item.page_id for item in items]).specific()
    )
    by_id = {page.pk: page for page in pages}
    found = []
    for item in items:
        if item.page_id in by_id:
            item.page = by_id[item.page_id]
            item.kind = catalogue_kind_of(item.page).key
            found.append(item)
    return found


def shortlist_saved_ids(*, user, page_ids) -> list[int]:
    """Which of ``page_ids`` the user has saved (in the order asked)."""
    if user is None or not user.is_authenticated or not page_ids:
        return []
    saved = set(ShortlistItem.objects.filter(user=user, page_id__in=page_ids).values_list("page_id", flat=True))
    return [page_id for page_id in page_ids if page_id in saved]


def shortlist_compare(*, user, ids: list[int]) -> list:
    """Up to ``COMPARE_MAX`` pages of the user's shortlist, in the order asked (ids not on it are skipped)."""
    items = {item.page_id: item for item in shortlist_list(user=user)}
    return [items[page_id] for page_id in ids if page_id in items][:COMPARE_MAX]


# ---------------------------------------------------------------- saved searches


def saved_search_list(*, user) -> QuerySet:
    return SavedSearch.objects.filter(user=user)


def saved_search_get(*, user, pk: int) -> SavedSearch | None:
    return SavedSearch.objects.filter(user=user, pk=pk).first()


# ---------------------------------------------------------------- inquiries


def investor_inquiries(*, user) -> QuerySet:
    """Every inquiry sent from one of the user's verified addresses (before or after sign-up), newest first."""
    emails = investor_verified_emails(user=user)
    if not emails:
        return Inquiry.objects.none()
    sent_from = Q()
    for address in emails:
        sent_from |= Q(email__iexact=address)
    return (
        Inquiry.objects.filter(sent_from, anonymised_at__isnull=True)
        .select_related("agency", "page")
        .order_by("-created_at", "-pk")
    )


def investor_inquiry_get(*, user, reference: str) -> Inquiry | None:
    return investor_inquiries(user=user).filter(reference=reference).first()


def investor_inquiry_timeline(*, inquiry: Inquiry):
    """The conversation as the sender's status page shows it (public events only)."""
    return inquiry_timeline(inquiry=inquiry, public_only=True)
