"""``manage.py frontend_cache_ban``: every page stored by the frontend cache is dropped (after a release, whose
templates the stored pages do not show yet). Sent to each Varnish of ``PORTAL_FRONTEND_CACHE_URL``."""

from django.conf import settings
from django.core.management.base import BaseCommand

from cms.frontend_cache import frontend_cache_ban_all


class Command(BaseCommand):
    help = __doc__.split("\n\n")[0]

    def handle(self, *args, **options):
        if not settings.WAGTAILFRONTENDCACHE:
            self.stdout.write("No frontend cache configured (PORTAL_FRONTEND_CACHE_URL): nothing to ban.")
            return
        frontend_cache_ban_all()  # outside a transaction: sent at once
        self.stdout.write(f"Sent a ban of everything to {', '.join(settings.PORTAL_FRONTEND_CACHE_URLS)}.")
