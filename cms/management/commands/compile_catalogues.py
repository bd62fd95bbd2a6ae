from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.catalogues import compile_catalogues


class Command(BaseCommand):
    help = "Compiles locale/*/LC_MESSAGES/*.po into .mo files with polib (only those that changed)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Compile even when the .mo file is newer.")

    def handle(self, *args, **options):
        try:
            compiled = compile_catalogues(settings.LOCALE_PATHS, force=options["force"])
        except (OSError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        for path in compiled:
            self.stdout.write(f"compiled {path}")
        self.stdout.write(f"{len(compiled)} catalogue(s) compiled.")
