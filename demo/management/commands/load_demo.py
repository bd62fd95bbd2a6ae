"""``manage.py load_demo``: the illustrative demo content, idempotent.

Never by accident in production: under settings with ``PORTAL_DEMO_ALLOWED`` off (the production settings)
it refuses unless ``--force`` is given, and there the demo accounts get no password (``PORTAL_DEMO_PASSWORDS``)
and ``--with-admin`` creates the superuser ``admin`` with a random password, printed once.

Publishing the demo queues no background task per page: no search task (``search.services.page_tasks_deferred``:
the rebuild at the end indexes everything; if a loader fails, the pages it published still get their task on the
way out), one rendition task for every page published (``cms.renditions.renditions_deferred``), and no Wagtail
reference-index task (the index is rebuilt once at the end, also after a failure).
"""

import io
import logging
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from wagtail.signal_handlers import disable_reference_index_auto_update

from cms.demo.loader import load_site_demo
from cms.frontend_cache import frontend_cache_deferred
from cms.renditions import renditions_deferred
from demo.credentials import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME
from events.demo import load_event_demo
from inquiries.demo import load_inquiry_demo
from investment.demo import load_catalogue_demo
from search.demo import load_search_demo
from search.services import page_tasks_deferred

logger = logging.getLogger("demo")

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
        # Every page is published here, some twice. No background task per save: the search index is rebuilt
        # at the end (pages left owed by --no-index or a failed loader get one task each on the way out), and
        # Wagtail's reference index (what uses an image, a snippet) once, done or failed; and no purge of the
        # frontend cache per page, one full ban at the end.
        self.loaded = False
        with frontend_cache_deferred(), page_tasks_deferred(), renditions_deferred():
            try:
                with disable_reference_index_auto_update():  # not nestable: the rebuild below uses it too
                    self._load(options)
            except BaseException:
                self.loaded = True  # it may have saved something: index what it did
                raise
            finally:
                if self.loaded:
                    self._rebuild_references()

    def _rebuild_references(self):
        try:
            call_command("rebuild_references_index", stdout=io.StringIO())
        except Exception:  # never hide the loader's own error; the next load_demo or the command repairs it
            logger.exception("Wagtail's reference index was not rebuilt: run manage.py rebuild_references_index")

    def _load(self, options):
        created = []
        for loader in DEMO_LOADERS:
            created += loader().created
        self.loaded = bool(created)
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
