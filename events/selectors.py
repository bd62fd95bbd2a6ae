"""Reads for the event pages and the admin: an event's set-up and availability, the user's scope."""

from django.db.models import Count, Q

from inquiries.selectors import agencies_for_user, user_sees_all
from investment.models import Agency

from .models import Event, EventRegistration


def event_for_page(*, page) -> Event | None:
    """The registration set-up of an event page, with its counts, or None (no registration)."""
    if getattr(page, "kind", None) != "event":
        return None
    return (
        Event.objects.filter(page_id=page.pk)
        .select_related("agency")
        .annotate(
            confirmed_count=Count("registrations", filter=Q(registrations__status="confirmed")),
            waiting_count=Count("registrations", filter=Q(registrations__status="waiting")),
        )
        .first()
    )


def event_agencies_for_user(user):
    """The agencies whose events ``user`` manages: those they handle inquiries for or edit pages for."""
    if not user.is_authenticated:
        return Agency.objects.none()
    if user_sees_all(user):
        return Agency.objects.all()
    groups = user.groups.all()
    editors = Agency.objects.filter(editors__isnull=False, editors__in=groups).values("pk")
    return Agency.objects.filter(Q(pk__in=agencies_for_user(user).values("pk")) | Q(pk__in=editors)).distinct()


def events_for_user(user):
    return (
        Event.objects.filter(agency__in=event_agencies_for_user(user))
        .select_related("page", "agency")
        .annotate(
            confirmed_count=Count("registrations", filter=Q(registrations__status="confirmed")),
            waiting_count=Count("registrations", filter=Q(registrations__status="waiting")),
        )
    )


def registrations_for_user(user):
    return EventRegistration.objects.filter(event__agency__in=event_agencies_for_user(user)).select_related(
        "event", "event__page", "event__agency"
    )
