"""The documented demo accounts and their passwords, in one place: what ``load_demo --with-admin`` and
the inquiry demo create, and what ``check --deploy`` makes sure no longer works (demo/checks.py)."""

from inquiries.demo import LEADER_PASSWORD, OFFICER_PASSWORD
from investment.demo.loader import EDITOR_PASSWORD, MODERATOR_PASSWORD

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "admin"  # noqa: S105 (documented demo account)


def documented_password(username: str, *, is_superuser: bool) -> list[str]:
    """The demo passwords documented for an account with this name (none for an unknown name)."""
    passwords = []
    if username == DEMO_ADMIN_USERNAME or is_superuser:
        passwords.append(DEMO_ADMIN_PASSWORD)
    if username == "leader":
        passwords.append(LEADER_PASSWORD)
    if username.startswith("officer-"):
        passwords.append(OFFICER_PASSWORD)
    if username.startswith("demo-editor-"):
        passwords.append(EDITOR_PASSWORD)
    if username == "demo-moderator":
        passwords.append(MODERATOR_PASSWORD)
    return passwords
