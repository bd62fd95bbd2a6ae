"""Reads: who may see which inquiries, the workspace lists, statistics, personal-data exports."""

from collections import Counter, defaultdict
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import Http404
from django.utils import timezone

from investment.models import Agency

from .models import Inquiry, InquiryEvent, OfficerAbsence, OutgoingEmail, status_token_hash
from .workdays import agency_calendar, working_days_between


def user_sees_all(user) -> bool:
    return bool(user.is_active and (user.is_superuser or user.has_perm("inquiries.view_all_inquiries")))


def agencies_for_user(user):
    """The agencies whose inquiries ``user`` handles: those whose officers group they belong to."""
    if not user.is_authenticated:
        return Agency.objects.none()
    if user_sees_all(user):
        return Agency.objects.all()
    return Agency.objects.filter(officers__isnull=False, officers__in=user.groups.all()).distinct()


def user_is_officer(user) -> bool:
    return user.is_authenticated and (user_sees_all(user) or agencies_for_user(user).exists())


def user_sees_every_agency_statistics(user) -> bool:
    return user_sees_all(user) or (user.is_active and user.has_perm("inquiries.view_inquiry_statistics"))


def statistics_agencies_for_user(user):
    """The agencies whose statistics ``user`` sees: every agency with the permission, else their own."""
    return Agency.objects.all() if user_sees_every_agency_statistics(user) else agencies_for_user(user)


def colleagues_of(user):
    """The active officers of ``user``'s agencies but ``user``: who can stand in for them while away."""
    return (
        get_user_model()
        .objects.filter(groups__officer_agencies__in=agencies_for_user(user), is_active=True)
        .exclude(pk=user.pk)
        .distinct()
    )


def absences_for_user(user):
    """Current and planned absences: of every officer for those who see all, else of their agencies' officers."""
    absences = OfficerAbsence.objects.filter(ends_on__gte=timezone.localdate()).select_related("officer", "backup")
    if user_sees_all(user):
        return absences
    return absences.filter(officer__groups__officer_agencies__in=agencies_for_user(user)).distinct()


def inquiry_list_for_user(*, user):
    """The inquiries ``user`` handles (those of their agencies), newest first. The workspace narrows them
    with its filter set (``filters.InquiryFilterSet``) and ``InquiryQuerySet.search``."""
    return (
        Inquiry.objects.filter(agency__in=agencies_for_user(user))
        .select_related("agency", "owner__officer_profile", "sector")
        .order_by("-created_at")
    )


def inquiry_get_for_user(*, user, pk: int) -> Inquiry:
    """The inquiry if ``user`` may handle it; otherwise 404 (its existence is not revealed)."""
    inquiry = (
        Inquiry.objects.filter(pk=pk, agency__in=agencies_for_user(user)).select_related("agency", "owner").first()
    )
    if inquiry is None:
        raise Http404
    return inquiry


def inquiry_get_by_token(*, token: str) -> Inquiry:
    if not token or len(token) > 100:
        raise Http404
    inquiry = Inquiry.objects.filter(status_token_hash=status_token_hash(token)).select_related("agency").first()
    if inquiry is None or inquiry.anonymised_at:
        raise Http404
    return inquiry


def inquiry_acknowledgement_email(*, inquiry: Inquiry) -> OutgoingEmail | None:
    """The confirmation e-mail to the sender, so that their page can say honestly where it is."""
    return inquiry.emails.filter(kind=OutgoingEmail.Kind.ACKNOWLEDGEMENT).only("status", "sent_at").first()


def inquiry_timeline(*, inquiry: Inquiry, public_only: bool):
    events = inquiry.events.select_related("actor__officer_profile")
    if public_only:
        events = events.filter(is_public=True)
    return events.order_by("created_at", "pk")


def percentile(values: list[float], fraction: float) -> float | None:
    """Nearest-rank percentile (``fraction`` 0.5 = median), None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    if fraction == 0.5:
        middle = len(ordered) // 2
        return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    rank = max(1, -(-int(round(fraction * 1000)) * len(ordered) // 1000))  # ceil(fraction * n)
    return ordered[min(rank, len(ordered)) - 1]


def _months_back(count: int):
    today = timezone.localdate().replace(day=1)
    months = []
    year, month = today.year, today.month
    for _i in range(count):
        months.append((year, month))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return list(reversed(months))


def inquiry_statistics(*, agencies, months: int = 12) -> dict:
    """Counts by month, sector, country, agency and kind; response times per agency against their
    commitments; satisfaction. Computed over the inquiries of ``agencies``."""
    since = timezone.now() - timedelta(days=31 * months)
    inquiries = list(
        Inquiry.objects.filter(agency__in=agencies, created_at__gte=since).select_related("agency", "sector")
    )
    by_month = Counter()
    for inquiry in inquiries:
        local = timezone.localtime(inquiry.created_at)
        by_month[(local.year, local.month)] += 1
    month_rows = [(f"{year}-{month:02d}", by_month.get((year, month), 0)) for year, month in _months_back(months)]
    by_sector = Counter(str(i.sector.name) if i.sector_id else "—" for i in inquiries)
    by_country = Counter(i.country.code or "—" for i in inquiries)
    by_agency = Counter(i.agency.short_name or i.agency.name for i in inquiries)
    by_kind = Counter(str(i.get_kind_display()) for i in inquiries)
    per_agency = defaultdict(lambda: {"ack_hours": [], "reply_days": [], "ratings": [], "count": 0, "overdue": 0})
    calendars = {}
    for inquiry in inquiries:
        row = per_agency[inquiry.agency]
        row["count"] += 1
        if inquiry.is_overdue:
            row["overdue"] += 1
        if inquiry.acknowledged_at:
            row["ack_hours"].append((inquiry.acknowledged_at - inquiry.created_at).total_seconds() / 3600)
        if inquiry.first_reply_at:
            if inquiry.agency_id not in calendars:
                calendars[inquiry.agency_id] = agency_calendar(inquiry.agency)
            row["reply_days"].append(
                working_days_between(inquiry.created_at, inquiry.first_reply_at, calendars[inquiry.agency_id])
            )
        if inquiry.satisfaction:
            row["ratings"].append(inquiry.satisfaction)
    response_rows = []
    for agency, row in sorted(per_agency.items(), key=lambda item: str(item[0])):
        reply_days = row["reply_days"]
        response_rows.append(
            {
                "agency": agency,
                "count": row["count"],
                "overdue": row["overdue"],
                "ack_median_hours": percentile(row["ack_hours"], 0.5),
                "ack_p90_hours": percentile(row["ack_hours"], 0.9),
                "ack_commitment_hours": agency.acknowledge_hours,
                "reply_median_days": percentile(reply_days, 0.5),
                "reply_p90_days": percentile(reply_days, 0.9),
                "reply_commitment_days": agency.first_reply_working_days,
                "replied": len(reply_days),
                "within_commitment": sum(1 for d in reply_days if d <= agency.first_reply_working_days),
                "satisfaction": (sum(row["ratings"]) / len(row["ratings"])) if row["ratings"] else None,
                "ratings": len(row["ratings"]),
            }
        )
    ratings = [i.satisfaction for i in inquiries if i.satisfaction]
    return {
        "total": len(inquiries),
        "by_month": month_rows,
        "by_sector": by_sector.most_common(12),
        "by_country": by_country.most_common(12),
        "by_agency": by_agency.most_common(),
        "by_kind": by_kind.most_common(),
        "response": response_rows,
        "ratings": [(str(score), ratings.count(score)) for score in range(1, 6)],
        "satisfaction": (sum(ratings) / len(ratings)) if ratings else None,
        "outbox": dict(Counter(OutgoingEmail.objects.filter(inquiry__in=inquiries).values_list("status", flat=True))),
    }


def public_response_times(*, days: int = 90) -> list[dict]:
    """Per agency: the median working days to a first reply over the inquiries of the last ``days`` days."""
    since = timezone.now() - timedelta(days=days)
    rows = []
    for agency in Agency.objects.order_by("name"):
        inquiries = Inquiry.objects.filter(agency=agency, created_at__gte=since)
        received = inquiries.count()
        calendar = agency_calendar(agency)
        replies = [
            working_days_between(created, replied, calendar)
            for created, replied in inquiries.filter(first_reply_at__isnull=False).values_list(
                "created_at", "first_reply_at"
            )
        ]
        hours = [
            (replied - created).total_seconds() / 3600
            for created, replied in inquiries.filter(first_reply_at__isnull=False).values_list(
                "created_at", "first_reply_at"
            )
        ]
        rows.append(
            {
                "agency": agency,
                "received": received,
                "replied": len(replies),
                "median_days": percentile(replies, 0.5),
                "median_hours": percentile(hours, 0.5),
                "commitment_days": agency.first_reply_working_days,
            }
        )
    return rows


def personal_data_export(*, email: str) -> dict:
    """Everything stored about the person who wrote from ``email`` (a data-subject access request)."""
    inquiries = Inquiry.objects.filter(email__iexact=email.strip()).select_related("agency", "page", "sector")
    result = []
    for inquiry in inquiries.order_by("created_at"):
        result.append(
            {
                "reference": inquiry.reference,
                "kind": inquiry.kind,
                "name": inquiry.name,
                "email": inquiry.email,
                "organisation": inquiry.organisation,
                "country": inquiry.country.code,
                "phone": inquiry.phone,
                "message": inquiry.message,
                "about_page": inquiry.page.title if inquiry.page_id else None,
                "sector": str(inquiry.sector) if inquiry.sector_id else None,
                "language": inquiry.language,
                "consent_text_version": inquiry.consent_text_version,
                "consent_at": inquiry.consent_at.isoformat(),
                "status": inquiry.status,
                "agency": str(inquiry.agency),
                "created_at": inquiry.created_at.isoformat(),
                "first_reply_at": inquiry.first_reply_at.isoformat() if inquiry.first_reply_at else None,
                "closed_at": inquiry.closed_at.isoformat() if inquiry.closed_at else None,
                "satisfaction": inquiry.satisfaction,
                "satisfaction_comment": inquiry.satisfaction_comment,
                "messages": [
                    {"at": event.created_at.isoformat(), "kind": event.kind, "text": event.text}
                    for event in inquiry.events.filter(is_public=True).order_by("created_at", "pk")
                ],
                "emails": [
                    {
                        "kind": e.kind,
                        "to": e.to,
                        "subject": e.subject,
                        "body": e.body,
                        "status": e.status,
                        "sent_at": e.sent_at.isoformat() if e.sent_at else None,
                    }
                    for e in inquiry.emails.order_by("created_at")
                    if inquiry.email in e.to
                ],
            }
        )
    return {"email": email, "exported_at": timezone.now().isoformat(), "inquiries": result}


PUBLIC_EVENT_KINDS = InquiryEvent.PUBLIC_KINDS


def rate_limit_retry_after(*, ip_hash: str, now=None) -> int | None:
    """Seconds until the address may submit again, or None when it is under the limit
    (``PORTAL_INQUIRY_RATE_LIMIT`` inquiries per ``PORTAL_INQUIRY_RATE_WINDOW_SECONDS``). Counted in the
    database, so the limit holds across several app servers."""
    if not ip_hash or settings.PORTAL_INQUIRY_RATE_LIMIT <= 0:
        return None
    now = now or timezone.now()
    window = timedelta(seconds=settings.PORTAL_INQUIRY_RATE_WINDOW_SECONDS)
    recent = list(
        Inquiry.objects.filter(source_ip_hash=ip_hash, created_at__gt=now - window)
        .order_by("-created_at")
        .values_list("created_at", flat=True)[: settings.PORTAL_INQUIRY_RATE_LIMIT]
    )
    if len(recent) < settings.PORTAL_INQUIRY_RATE_LIMIT:
        return None
    oldest = recent[-1]
    return max(1, int((oldest + window - now).total_seconds()) + 1)


def _window_retry_after(times: list, *, limit: int, window: timedelta, now) -> int | None:
    """Seconds until fewer than ``limit`` of ``times`` (newest first, at most ``limit``) fall in the window."""
    if limit <= 0 or len(times) < limit:
        return None
    return max(1, int((times[limit - 1] + window - now).total_seconds()) + 1)


def follow_up_retry_after(*, inquiry: Inquiry, ip_hash: str, now=None) -> int | None:
    """Seconds until the sender may add another message, or None: at most ``PORTAL_FOLLOW_UP_LIMIT`` messages
    per inquiry and ``PORTAL_FOLLOW_UP_ADDRESS_LIMIT`` per sender address (all inquiries) in
    ``PORTAL_FOLLOW_UP_WINDOW_SECONDS``; 0 turns a limit off. Counted in the database (several app servers)."""
    now = now or timezone.now()
    window = timedelta(seconds=settings.PORTAL_FOLLOW_UP_WINDOW_SECONDS)
    recent = InquiryEvent.objects.filter(kind=InquiryEvent.Kind.FOLLOW_UP, created_at__gt=now - window).order_by(
        "-created_at"
    )
    waits = []
    per_inquiry = settings.PORTAL_FOLLOW_UP_LIMIT
    if per_inquiry > 0:
        times = list(recent.filter(inquiry=inquiry).values_list("created_at", flat=True)[:per_inquiry])
        waits.append(_window_retry_after(times, limit=per_inquiry, window=window, now=now))
    per_address = settings.PORTAL_FOLLOW_UP_ADDRESS_LIMIT
    if per_address > 0 and ip_hash:
        times = list(recent.filter(source_ip_hash=ip_hash).values_list("created_at", flat=True)[:per_address])
        waits.append(_window_retry_after(times, limit=per_address, window=window, now=now))
    waits = [wait for wait in waits if wait]
    return max(waits) if waits else None
