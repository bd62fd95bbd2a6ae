"""One process for what `make run` needs before serving: apply pending migrations (with
wagtail-modeltranslation's page-column sync), then load the demo content if it is missing.
Like load_demo, it refuses under the production settings unless ``--force`` is given.

wagtail-modeltranslation's ``migrate`` ends with its page-column sync, which ``print()``s every
``ALTER TABLE`` it runs whatever the verbosity. Here that output is captured: a normal run says in one
line what was synchronised, ``--verbosity 2`` shows the SQL as well. Errors still stop the command.
"""

import contextlib
import io

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from .load_demo import refuse_unless_allowed


def migrate_quietly(*, verbosity: int) -> str:
    """Runs ``migrate`` (and the page-column sync) and returns what it printed."""
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured):
        call_command("migrate", interactive=False, verbosity=max(verbosity - 1, 0), stdout=captured)
    return captured.getvalue()


class Command(BaseCommand):
    help = "Migrates if needed and loads the demo content (idempotent); fast when nothing changed."

    def add_arguments(self, parser):
        parser.add_argument("--with-admin", action="store_true", help="Passed on to load_demo.")
        parser.add_argument("--force", action="store_true", help="Passed on to load_demo.")

    def handle(self, *args, **options):
        refuse_unless_allowed(options["force"])
        verbosity = options["verbosity"]
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if plan:
            self.stdout.write(f"Applying {len(plan)} migration(s)…")
            output = migrate_quietly(verbosity=verbosity)
            columns = output.count("ALTER TABLE")
            if columns:
                self.stdout.write(
                    f"Added {columns} translation column(s) to the page table (wagtail-modeltranslation)."
                )
            if verbosity > 1:
                self.stdout.write(output)
        call_command("load_demo", with_admin=options["with_admin"], force=options["force"], verbosity=verbosity)
