"""Background tasks (django-tasks; the database backend's worker is ``manage.py db_worker``).

A task imports the service it runs inside its body, and the services (``outbox.py``) import the tasks at
module level: one rule, no import cycle."""

from django.db import transaction
from django_tasks import task

# E-mail goes before bulk work such as search-index updates: an acknowledgement is promised "at once".
EMAIL_PRIORITY = 50


@task(priority=EMAIL_PRIORITY)
def deliver_email(email_id: int) -> str:
    from .outbox import email_deliver

    return email_deliver(email_id=email_id)


@task(priority=EMAIL_PRIORITY)
def deliver_emails(email_ids: list[int]) -> list[str]:
    """Several e-mails queued together (a new inquiry's), one after the other; each is claimed, retried and
    rescued on its own, as with ``deliver_email``."""
    from .outbox import email_deliver

    return [email_deliver(email_id=email_id) for email_id in email_ids]


@task(priority=EMAIL_PRIORITY - 1)
def sweep_outbox() -> int:
    """Rescues e-mails stranded by a dead worker, then schedules the next sweep while any are outstanding."""
    from .outbox import outbox_sweep, outstanding_exists, sweep_ensure_scheduled

    rescued = outbox_sweep()
    if outstanding_exists():
        with transaction.atomic():
            sweep_ensure_scheduled()
    return rescued
