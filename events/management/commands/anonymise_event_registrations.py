"""``manage.py anonymise_event_registrations``: the retention promised in the registration consent text."""

from django.core.management.base import BaseCommand

from events.services import REGISTRATION_RETENTION_DAYS, registrations_anonymise


class Command(BaseCommand):
    help = f"Anonymises registrations of events that ended more than {REGISTRATION_RETENTION_DAYS} days ago."

    def handle(self, *args, **options):
        count = registrations_anonymise()
        if options["verbosity"]:
            self.stdout.write(f"Event registrations anonymised: {count}.")
