import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from inquiries.selectors import personal_data_export


class Command(BaseCommand):
    help = "Prints (or writes) as JSON everything stored about the person who wrote from an e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True)
        parser.add_argument("--output", help="A file to write instead of standard output.")

    def handle(self, *args, email, output=None, **options):
        try:
            validate_email(email)
        except ValidationError as exc:
            raise CommandError(f"Not an e-mail address: {email!r}") from exc
        text = json.dumps(personal_data_export(email=email), ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
            self.stderr.write(f"Written to {output}.")
        else:
            self.stdout.write(text)
