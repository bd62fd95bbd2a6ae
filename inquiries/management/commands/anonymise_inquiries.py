from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from inquiries.services import inquiries_anonymise


class Command(BaseCommand):
    help = "Anonymises the inquiries received before the retention period (PORTAL_INQUIRY_RETENTION_DAYS)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override the retention period, in days.")

    def handle(self, *args, days=None, **options):
        days = settings.PORTAL_INQUIRY_RETENTION_DAYS if days is None else days
        if days < 1:
            raise CommandError("The retention period must be at least one day.")
        count = inquiries_anonymise(older_than=timezone.now() - timedelta(days=days))
        self.stdout.write(f"Anonymised {count} inquiries received more than {days} days ago.")
