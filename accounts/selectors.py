"""Reads about accounts. An account's inquiries and event registrations are found by its verified addresses:
nothing is copied or re-linked when an address is verified, so the inquiries sent before sign-up from that
address belong to the account from the moment it is verified, and an unverified address claims nothing."""

from allauth.account.models import EmailAddress
from django.db.models import Q, QuerySet

from events.models import EventRegistration
from inquiries.models import Inquiry


def account_verified_emails(*, user) -> list[str]:
    if not getattr(user, "pk", None):
        return []
    return list(EmailAddress.objects.filter(user=user, verified=True).order_by("pk").values_list("email", flat=True))


def _by_addresses(addresses: list[str]) -> Q | None:
    if not addresses:
        return None
    query = Q()
    for address in addresses:
        query |= Q(email__iexact=address)
    return query


def account_inquiries(*, user) -> QuerySet[Inquiry]:
    """The inquiries sent from the account's verified addresses (anonymised ones have lost their address)."""
    query = _by_addresses(account_verified_emails(user=user))
    if query is None:
        return Inquiry.objects.none()
    return Inquiry.objects.filter(query).select_related("agency").order_by("-created_at", "-pk")


def account_event_registrations(*, user) -> QuerySet[EventRegistration]:
    query = _by_addresses(account_verified_emails(user=user))
    if query is None:
        return EventRegistration.objects.none()
    return EventRegistration.objects.filter(query).select_related("event").order_by("created_at", "pk")
