from django.core.management.base import BaseCommand

from inquiries.outbox import outbox_sweep
from inquiries.services import absences_apply


class Command(BaseCommand):
    help = (
        "Re-enqueues e-mails stranded by a dead worker or an overdue retry, and hands the inquiries of absent "
        "officers to their backups. Safe to run from cron every few minutes."
    )

    def add_arguments(self, parser):
        parser.add_argument("--deliver", action="store_true", help="Send them now, in this process.")

    def handle(self, *args, deliver=False, **options):
        count = outbox_sweep(deliver_now=deliver)
        moved = absences_apply()
        self.stdout.write(f"{count} e-mails {'delivered' if deliver else 're-enqueued'}; {moved} inquiries reassigned.")
