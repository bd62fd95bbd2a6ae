"""``manage.py search_index --rebuild | --reconcile | --retry-pending | --status``."""

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from search import services
from search.backends import BackendUnavailable, get_search_backend


class ProgressBar:
    """A text progress bar on stdout (one line redrawn on a terminal, a few lines otherwise)."""

    def __init__(self, stdout, width: int = 30):
        self.stdout = stdout
        self.width = width
        self.last_shown = -1
        self.tty = hasattr(stdout, "isatty") and stdout.isatty()

    def __call__(self, done: int, total: int) -> None:
        total = max(total, 1)
        percent = min(100, int(done * 100 / total))
        if not self.tty and percent // 10 == self.last_shown // 10 and done != total:
            return
        self.last_shown = percent
        filled = int(self.width * percent / 100)
        line = f"[{'#' * filled}{'.' * (self.width - filled)}] {percent:3d}% {done}/{total} pages"
        self.stdout.write(("\r" if self.tty else "") + line, ending="" if self.tty else "\n")
        if self.tty and done >= total:
            self.stdout.write("")


class Command(BaseCommand):
    help = (
        "Search index: --rebuild builds new indices (bulk, refresh off) and swaps the aliases atomically; "
        "--reconcile finds and repairs drift; --retry-pending retries updates Elasticsearch missed."
    )

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--rebuild", action="store_true", help="Rebuild the database table and the indices.")
        group.add_argument("--reconcile", action="store_true", help="Repair what differs from the pages.")
        group.add_argument("--retry-pending", action="store_true", help="Retry the pending index updates now.")

    def handle(self, *args, **options):
        started = time.monotonic()
        backend = get_search_backend()
        try:
            if options["rebuild"]:
                stores = ", ".join(store.name for store in backend.stores())
                self.stdout.write(f"Rebuilding the search index ({stores})")
                report = services.index_rebuild(progress=ProgressBar(self.stdout))
            elif options["reconcile"]:
                if not backend.index_exists():
                    self.stdout.write("No index yet: rebuilding instead.")
                    report = services.index_rebuild(progress=ProgressBar(self.stdout))
                else:
                    report = services.index_reconcile()
            else:
                report = services.pending_retry(limit=10_000)
        except BackendUnavailable as exc:
            raise CommandError(f"The search backend ({backend.name}) did not answer: {exc}") from exc
        self._done(report, started)

    def _done(self, report: dict, started: float) -> None:
        details = ", ".join(f"{key}: {value}" for key, value in report.items())
        self.stdout.write(self.style.SUCCESS(f"Done in {time.monotonic() - started:.1f} s ({details})."))
        sys.stdout.flush()
