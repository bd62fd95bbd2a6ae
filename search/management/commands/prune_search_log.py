"""``manage.py prune_search_log [--dry-run]``: deletes logged searches (and their clicks) older than
``PORTAL_SEARCH_LOG_RETENTION_DAYS`` (``PORTAL_SCHEDULE``: daily)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from search.services import search_log_prune


class Command(BaseCommand):
    help = "Deletes logged searches and their clicks older than PORTAL_SEARCH_LOG_RETENTION_DAYS."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be deleted; delete nothing.")

    def handle(self, *args, **options):
        try:
            count = search_log_prune(dry_run=options["dry_run"])
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        if options["verbosity"]:
            verb = "would be deleted" if options["dry_run"] else "deleted"
            days = settings.PORTAL_SEARCH_LOG_RETENTION_DAYS
            self.stdout.write(f"Searches older than {days} days {verb}: {count}.")
