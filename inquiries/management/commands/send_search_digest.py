"""``manage.py send_search_digest [--dry-run]``: queues the weekly digest of what investors could not find
(``inquiries.search_digest``; ``PORTAL_SCHEDULE``: weekly, once per ISO week and recipient)."""

from django.core.management.base import BaseCommand

from inquiries.search_digest import search_digest_queue


class Command(BaseCommand):
    help = "Queues the weekly digest of what investors could not find to everyone who may read the search report."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Show the recipients (and with -v 2 the text); queue nothing."
        )

    def handle(self, *args, **options):
        dry_run = options["dry_run"]
        emails = search_digest_queue(dry_run=dry_run)
        if not options["verbosity"]:
            return
        for email in emails:
            self.stdout.write(f"{email.recipient.email} [{email.recipient.language}]: {email.subject}")
            if dry_run and options["verbosity"] > 1:
                self.stdout.write(email.body)
        verb = "would be queued" if dry_run else "queued"
        self.stdout.write(f"Search digests {verb}: {len(emails)}.")
