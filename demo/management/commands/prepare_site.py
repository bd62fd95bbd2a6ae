"""One process for what `make run` needs before serving: apply pending migrations (with
wagtail-modeltranslation's page-column sync), then load the demo content if it is missing.
Like load_demo, it refuses under the production settings unless ``--force`` is given."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from .load_demo import refuse_unless_allowed


class Command(BaseCommand):
    help = "Migrates if needed and loads the demo content (idempotent); fast when nothing changed."

    def add_arguments(self, parser):
        parser.add_argument("--with-admin", action="store_true", help="Passed on to load_demo.")
        parser.add_argument("--force", action="store_true", help="Passed on to load_demo.")

    def handle(self, *args, **options):
        refuse_unless_allowed(options["force"])
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if plan:
            self.stdout.write(f"Applying {len(plan)} migration(s)…")
            call_command("migrate", interactive=False, verbosity=0)
        call_command("load_demo", with_admin=options["with_admin"], force=options["force"])
