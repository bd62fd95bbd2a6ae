from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

# Each app contributes one loader; they run in this order, each idempotent, and each returns a
# report whose ``created`` list names what it added.
DEMO_LOADERS = [
    "cms.demo.loader.load_site_demo",
]


class Command(BaseCommand):
    help = "Loads the illustrative demo content (idempotent: a second run changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument("--no-index", action="store_true", help="Do not rebuild the search index afterwards.")

    def handle(self, *args, **options):
        created = []
        for path in DEMO_LOADERS:
            created += import_string(path)().created
        for line in created:
            self.stdout.write(f"  + {line}")
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content: {len(created)} items created."))
        else:
            self.stdout.write("Demo content already present: nothing changed.")
        if created and not options["no_index"]:
            call_command("update_index", verbosity=0)
