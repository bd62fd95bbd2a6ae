"""Demo registration for the demo's event pages: the promotion centre organises them; the first upcoming
event has a few illustrative registrations (one of them on the waiting list of a small workshop), so the
"Events" admin and the event pages show something. Their e-mails are marked sent: example addresses."""

from datetime import time

from django.db import transaction
from django.utils import timezone

from cms.models import NewsPage
from inquiries.models import OutgoingEmail
from investment.models import Agency

from .models import Event
from .services import registration_create

DEMO_REGISTRANTS = [
    ("Aiko Tanaka", "aiko.tanaka@example.jp", "Example Lotus Foods KK", "JP", "ja"),
    ("Kim Min-jun", "minjun.kim@example.kr", "Example Components Co.", "KR", "ko"),
    ("Daniel Tan", "daniel.tan@example.sg", "Example Solar Fund", "SG", "en"),
]


class DemoReport:
    def __init__(self):
        self.created: list[str] = []


@transaction.atomic
def load_event_demo() -> DemoReport:
    report = DemoReport()
    agency = Agency.objects.filter(slug="itpc").first() or Agency.objects.order_by("pk").first()
    if agency is None:
        return report
    today = timezone.localdate()
    events = NewsPage.objects.filter(kind=NewsPage.Kind.EVENT).order_by("-date")
    for number, page in enumerate(events):
        if Event.objects.filter(page=page).exists():
            continue
        event = Event.objects.create(
            page=page,
            agency=agency,
            capacity=2 if number == 0 else 120,  # the next event: a small workshop, full, with a waiting list
            starts_at=time(8, 30),
            ends_at=time(16, 30),
        )
        report.created.append(f"event registration: {page.title} ({event.capacity} places)")
        if page.date > today and not event.registrations.exists():
            for name, email, organisation, country, language in DEMO_REGISTRANTS:
                registration_create(
                    event=event, name=name, email=email, organisation=organisation, country=country, language=language
                )
            report.created.append(f"demo registrations: {page.title}")
    OutgoingEmail.objects.filter(key__startswith="event-registration:", status=OutgoingEmail.Status.PENDING).update(
        status=OutgoingEmail.Status.SENT, sent_at=timezone.now(), last_error="demo: not sent"
    )
    return report
