from django.core.management.base import BaseCommand

from inquiries.services import absences_apply


class Command(BaseCommand):
    help = (
        "Hands the open inquiries of officers whose absence has begun (including absences recorded earlier "
        "that start today) to their backups. Run by the scheduler (PORTAL_SCHEDULE)."
    )

    def handle(self, *args, **options):
        moved = absences_apply()
        self.stdout.write(f"{moved} inquiries handed to the backups of absent officers.")
