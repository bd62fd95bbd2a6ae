"""``manage.py provision_agencies``: gives every agency (or those named) its media collection and its editors'
collection permissions (``investment.services.agency_provision``); run after upgrading a portal whose
agencies predate per-agency collections. Idempotent; what the agencies uploaded stays where it is."""

from django.core.management.base import BaseCommand, CommandError

from investment.models import Agency
from investment.services import agency_provision


class Command(BaseCommand):
    help = "Give each agency its media collection and limit its editors' media permissions to it."

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*", help="agency slugs (default: all agencies)")

    def handle(self, *args, slugs, **options):
        agencies = Agency.objects.order_by("slug")
        if slugs:
            agencies = agencies.filter(slug__in=slugs)
            missing = sorted(set(slugs) - set(agencies.values_list("slug", flat=True)))
            if missing:
                raise CommandError(f"unknown agency: {', '.join(missing)}")
        for agency in agencies:
            agency = agency_provision(agency=agency)
            self.stdout.write(f"{agency.slug}: collection “{agency.collection.name}”, editors “{agency.editors.name}”")
