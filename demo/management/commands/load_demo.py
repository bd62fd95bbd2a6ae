"""``manage.py load_demo``: the illustrative demo content, idempotent.

Never by accident in production: under settings with ``PORTAL_DEMO_ALLOWED`` off (the production settings)
it refuses unless ``--force`` is given, and there the demo accounts get no password (``PORTAL_DEMO_PASSWORDS``)
and ``--with-admin`` creates the superuser ``admin`` with a random password, printed once.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from cms.demo.loader import load_site_demo
from demo.credentials import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME
from events.demo import load_event_demo
from inquiries.demo import load_inquiry_demo
from investment.demo import load_catalogue_demo
from search.demo import load_search_demo

# Each app contributes one loader; they run in this order, each idempotent, and each returns a
# report whose ``created`` list names what it added.
DEMO_LOADERS = [load_site_demo, load_catalogue_demo, load_inquiry_demo, load_event_demo, load_search_demo]

REFUSAL = (
    "These settings ({settings}) are not for demo content: load_demo and prepare_site refuse to run under them. "
    "Pass --force to load the illustrative demo content anyway (demo accounts then get no password)."
)


def refuse_unless_allowed(force: bool) -> None:
    if not settings.PORTAL_DEMO_ALLOWED and not force:
        raise CommandError(REFUSAL.format(settings=settings.SETTINGS_MODULE))


class Command(BaseCommand):
    help = "Loads the illustrative demo content (idempotent: a second run changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument("--no-index", action="store_true", help="Do not rebuild the search index afterwards.")
        parser.add_argument(
            "--with-admin",
            action="store_true",
            help="Also create the superuser admin/admin when no superuser exists (local demo only, never production).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even under settings that forbid demo content (the production settings of a demo stack).",
        )

    def handle(self, *args, **options):
        refuse_unless_allowed(options["force"])
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
        if settings.PORTAL_DEMO_PASSWORDS:
            password = DEMO_ADMIN_PASSWORD
            note = "for a local demo only"
        else:
            password = secrets.token_urlsafe(12)
            note = "a random password, shown only now"
        User.objects.create_superuser(DEMO_ADMIN_USERNAME, "admin@example.invalid", password)
        self.stdout.write(self.style.WARNING(f"Created the demo superuser {DEMO_ADMIN_USERNAME} / {password}: {note}."))
