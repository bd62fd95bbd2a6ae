from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand

from cms.demo.loader import load_site_demo
from inquiries.demo import load_inquiry_demo
from investment.demo import load_catalogue_demo

# Each app contributes one loader; they run in this order, each idempotent, and each returns a
# report whose ``created`` list names what it added.
DEMO_LOADERS = [load_site_demo, load_catalogue_demo, load_inquiry_demo]


class Command(BaseCommand):
    help = "Loads the illustrative demo content (idempotent: a second run changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument("--no-index", action="store_true", help="Do not rebuild the search index afterwards.")
        parser.add_argument(
            "--with-admin",
            action="store_true",
            help="Also create the superuser admin/admin when no superuser exists (local demo only, never production).",
        )

    def handle(self, *args, **options):
        created = []
        for loader in DEMO_LOADERS:
            created += loader().created
        for line in created:
            self.stdout.write(f"  + {line}")
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content: {len(created)} items created."))
        else:
            self.stdout.write("Demo content already present: nothing changed.")
        if options["with_admin"]:
            self._ensure_demo_admin()
        if created and not options["no_index"]:
            call_command("search_index", "--rebuild", verbosity=0)

    def _ensure_demo_admin(self):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            return
        User.objects.create_superuser("admin", "admin@example.invalid", "admin")
        self.stdout.write(self.style.WARNING("Created the demo superuser admin / admin: for a local demo only."))
