"""``manage.py send_event_reminders``: queues the reminders of events starting soon (``PORTAL_SCHEDULE``)."""

from django.core.management.base import BaseCommand

from events.services import event_reminders_queue


class Command(BaseCommand):
    help = "Queues a reminder (with the calendar file) for each confirmed registration of events starting soon."

    def handle(self, *args, **options):
        count = event_reminders_queue()
        if options["verbosity"]:
            self.stdout.write(f"Event reminders queued: {count}.")
