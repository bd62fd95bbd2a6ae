"""Queues the alerts of saved searches that are due (scheduled hourly: ``PORTAL_SCHEDULE``)."""

from django.core.management.base import BaseCommand

from investors.alerts import saved_search_alerts_queue


class Command(BaseCommand):
    help = "Queues the daily and weekly alerts of investors' saved searches (see investors/alerts.py)."

    def handle(self, *args, **options):
        counts = saved_search_alerts_queue()
        self.stdout.write(
            f"{counts['due']} saved searches due, {counts['sent']} alerts queued, "
            f"{counts['unavailable']} left for the next run (search unavailable)."
        )
