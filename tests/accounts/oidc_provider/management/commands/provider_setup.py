"""Prepares the provider: its database, one client (the portal) and its users.

    python -m django provider_setup CLIENT_ID CLIENT_SECRET REDIRECT_URI [REDIRECT_URI …] \
        --settings=tests.accounts.oidc_provider.settings
"""

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from oauth2_provider.models import Application

PASSWORD = "provider-password"
USERS = [
    # user name, e-mail address, given and family name (a user name starting "unverified" gets email_verified: false)
    ("minh", "minh.tran@province.example", "Minh", "Trần"),
    ("unverified-lan", "lan@province.example", "Lan", "Lê"),
]


class Command(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument("client_id")
        parser.add_argument("client_secret")
        parser.add_argument("redirect_uris", nargs="+")

    def handle(self, *args, client_id, client_secret, redirect_uris, **options):
        call_command("migrate", verbosity=0)
        for username, email, first, last in USERS:
            get_user_model().objects.create_user(username, email, PASSWORD, first_name=first, last_name=last)
        Application.objects.create(
            name="Portal",
            client_id=client_id,
            client_secret=client_secret,
            client_type=Application.CLIENT_CONFIDENTIAL,
            authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
            redirect_uris=" ".join(redirect_uris),
            algorithm=Application.RS256_ALGORITHM,
            skip_authorization=True,
        )
