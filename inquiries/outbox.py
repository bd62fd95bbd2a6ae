"""The e-mail outbox: exactly-once delivery as far as SMTP allows.

1. ``email_queue`` writes an ``OutgoingEmail`` row (unique ``key``: one logical e-mail is queued once)
   and enqueues a ``deliver_email`` task, both inside the caller's transaction. With django-tasks'
   database backend the task row is an ordinary row in the same database, so the inquiry, its e-mails
   and their tasks commit together or not at all. Other backends enqueue on commit.
2. The worker runs ``email_deliver``: it *claims* the row with one conditional UPDATE (``pending`` and
   due, or ``sending`` with an expired lease → ``sending``, a fresh claim token, a lease, attempts + 1).
   Only one worker can win that UPDATE, so two tasks for the same row never both send it.
3. It sends with a Message-ID fixed when the row was queued, then marks the row ``sent`` (only if it
   still holds the claim), and the stored body loses the status page's secret token (``redaction.py``).
   On failure the row goes back to ``pending`` with an exponential back-off and a
   new task with ``run_after`` is enqueued in the same transaction; a 5xx answer or too many attempts
   mark it ``failed`` (shown in the admin, can be retried).
4. If the worker dies (SIGKILL, power loss) after claiming, the row stays ``sending`` until its lease
   expires; ``outbox_sweep`` (a self-rescheduling task, also ``manage.py outbox_sweep``) re-enqueues rows
   whose lease expired or whose retry is overdue.

Composed in the worker. Rendering an e-mail (its templates, translations, links, the agency's contact) is the
slowest part of an inquiry's submission, and nothing in the response needs it. So an e-mail can be queued with
a ``composer`` (a name registered with ``email_composer``) instead of its subject and body: the row, its
recipients, language and Message-ID are still written in the caller's transaction (the intent is never
lost), and ``email_deliver`` calls the composer once, under its claim, before the first attempt; the text is
stored and the composer's name cleared in the same UPDATE, so every retry sends exactly what was composed. A
composer that fails (a bug, a deleted inquiry) is recorded and retried like a failed delivery, then ``failed``
in the admin. The text describes the inquiry as it is when the worker writes it, seconds after the request.

Attachments (``Attachment``: a file name, a MIME type, bytes) are checked when queued (a plain file name, a
well-formed type, at most ``PORTAL_OUTBOX_MAX_ATTACHMENT_BYTES`` together: a mistake raises ``ValueError`` in the
caller's transaction, so nothing half-made is queued), stored base64-encoded in the row, and attached when the
message is built: text types as UTF-8 text parts (a calendar file keeps its ``method`` parameter), others as
base64 parts.

The one window left is at-least-once, not exactly-once: a crash after the SMTP server accepted the
message (250 after DATA) and before the ``sent`` UPDATE commits. The e-mail is then sent again after
the lease, with the same Message-ID, so mail systems and readers can recognise the duplicate.

Imports follow the project's rule for tasks and services: this module imports the tasks (``tasks.py``) at
module level; the tasks import these functions inside their bodies, so there is no import cycle.
"""

import base64
import logging
import random
import re
import secrets
import smtplib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from email.mime.base import MIMEBase
from email.mime.text import MIMEText
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max

from .models import OutgoingEmail
from .redaction import redact_status_tokens
from .tasks import deliver_email, deliver_emails, sweep_outbox

logger = logging.getLogger(__name__)


Composer = Callable[[OutgoingEmail], tuple[str, str]]  # the row in, its (subject, body) out
_COMPOSERS: dict[str, Composer] = {}


def email_composer(name: str) -> Callable[[Composer], Composer]:
    """Registers a composer under ``name`` (stored in ``OutgoingEmail.composer``, at most 40 characters). The
    modules that register them are imported by their app's ``ready()``, so every process (the worker too)
    knows them."""
    if len(name) > 40:
        raise ValueError(f"Composer name too long: {name!r}")

    def register(function: Composer) -> Composer:
        _COMPOSERS[name] = function
        return function

    return register


def _message_id() -> str:
    domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip(" >") or "portal.invalid"
    return f"<{uuid.uuid4().hex}.outbox@{domain}>"


def _clean_header(value: str) -> str:
    """Header text without line breaks or control characters (header injection is impossible)."""
    return "".join(ch if ch.isprintable() else " " for ch in str(value)).strip()[:250]


CONTENT_TYPE_RE = re.compile(r"^[a-z]+/[a-z0-9.+-]+(; ?[a-z-]+=[A-Za-z0-9.+-]+)*$")


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    content_type: str  # "text/calendar; method=PUBLISH", "application/pdf"…

    def stored(self) -> dict:
        """The checked form kept in ``OutgoingEmail.attachments``."""
        name = _clean_header(self.filename).replace("/", "_").replace("\\", "_")[:100]
        if not name or name.startswith("."):
            raise ValueError(f"Attachment file name not usable: {self.filename!r}")
        if not CONTENT_TYPE_RE.match(self.content_type):
            raise ValueError(f"Attachment type not usable: {self.content_type!r}")
        if not isinstance(self.content, bytes):
            raise ValueError("Attachment content must be bytes.")
        return {
            "filename": name,
            "content_type": self.content_type,
            "content_base64": base64.b64encode(self.content).decode("ascii"),
        }


def _stored_attachments(attachments) -> list[dict]:
    stored = [attachment.stored() for attachment in attachments or []]
    size = sum(len(item["content_base64"]) * 3 // 4 for item in stored)
    if size > settings.PORTAL_OUTBOX_MAX_ATTACHMENT_BYTES:
        raise ValueError(f"Attachments of {size} bytes exceed PORTAL_OUTBOX_MAX_ATTACHMENT_BYTES.")
    return stored


HEADER_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9-]{0,60}$")
RESERVED_HEADERS = {"from", "to", "cc", "bcc", "reply-to", "subject", "message-id", "date", "x-portal-outbox"}


def _stored_headers(headers) -> dict[str, str]:
    """Extra headers, checked: a well-formed name the outbox does not set itself, a value on one line."""
    stored = {}
    for name, value in (headers or {}).items():
        if not HEADER_NAME_RE.match(name) or name.lower() in RESERVED_HEADERS:
            raise ValueError(f"Header not usable: {name!r}")
        stored[name] = _clean_header(value)
    return stored


def _mime_part(item: dict):
    """One stored attachment as a MIME part."""
    content = base64.b64decode(item["content_base64"])
    mime_type, *params = [part.strip() for part in item["content_type"].split(";")]
    main, sub = mime_type.split("/", 1)
    if main == "text":
        part = MIMEText(content.decode("utf-8"), sub, "utf-8")
    else:
        part = MIMEBase(main, sub)
        part.set_payload(base64.encodebytes(content).decode("ascii"))
        part["Content-Transfer-Encoding"] = "base64"
    for param in params:
        name, _sep, value = param.partition("=")
        part.set_param(name, value)
    part.add_header("Content-Disposition", "attachment", filename=item["filename"])
    return part


def _backend_is_transactional(backend) -> bool:
    return isinstance(backend, DatabaseBackend)


def enqueue_delivery(email_id: int, *, run_after=None) -> None:
    """Enqueue the delivery task: in the current transaction with the database backend, on commit otherwise."""
    backend = deliver_email.get_backend()
    if _backend_is_transactional(backend):
        task = deliver_email.using(run_after=run_after) if run_after else deliver_email
        task.enqueue(email_id)
        sweep_ensure_scheduled()
    elif run_after is None:
        transaction.on_commit(lambda: deliver_email.enqueue(email_id))
    # A backend that cannot defer leaves retries to `manage.py outbox_sweep`.


def email_queue(
    *,
    key: str,
    kind: str,
    to: list[str],
    subject: str = "",
    body: str = "",
    language: str,
    inquiry=None,
    reply_to: list[str] | None = None,
    attachments: list[Attachment] | None = None,
    headers: dict[str, str] | None = None,
    composer: str = "",
) -> OutgoingEmail:
    """Queues one e-mail (idempotent on ``key``). Call it inside the transaction of the change it reports.
    The row is inserted first (one savepoint, one INSERT: a new key is the usual case); a key already queued
    fails the unique index, and the row that holds it is returned. ``headers`` adds headers of the portal's own
    (``List-Unsubscribe``…), never one the outbox sets itself. ``composer``: the name of a registered composer
    that writes the subject and body in the worker (then leave them empty)."""
    if composer and composer not in _COMPOSERS:
        raise ValueError(f"No composer is registered as {composer!r}.")
    stored = _stored_attachments(attachments)
    extra_headers = _stored_headers(headers)
    try:
        with transaction.atomic():
            email = OutgoingEmail.objects.create(
                key=key,
                kind=kind,
                to=list(to),
                reply_to=list(reply_to or []),
                subject=_clean_header(subject),
                body=body,
                language=language,
                inquiry=inquiry,
                attachments=stored,
                headers=extra_headers,
                message_id=_message_id(),
                composer=composer,
            )
            enqueue_delivery(email.pk)
    except IntegrityError:
        existing = OutgoingEmail.objects.filter(key=key).first()
        if existing is None:  # another constraint failed: not a repeated key
            raise
        return existing
    return email


def emails_queue_new(*, emails: list[OutgoingEmail]) -> list[OutgoingEmail]:
    """Queues unsaved rows whose keys cannot exist yet (they name a change made in this transaction, such as a
    new inquiry's reference): one INSERT for them all and one task that delivers them in turn, without
    ``email_queue``'s savepoint; a key that exists all the same fails the caller's transaction. Call it inside
    that transaction. Each row names its ``composer`` or carries its subject and body (no attachments)."""
    for email in emails:
        if email.composer and email.composer not in _COMPOSERS:
            raise ValueError(f"No composer is registered as {email.composer!r}.")
        email.subject = _clean_header(email.subject)
        email.headers = _stored_headers(email.headers)
        email.message_id = _message_id()
    created = OutgoingEmail.objects.bulk_create(emails)
    ids = [email.pk for email in created]
    backend = deliver_emails.get_backend()
    if _backend_is_transactional(backend):
        deliver_emails.enqueue(ids)
        sweep_ensure_scheduled()
    else:
        transaction.on_commit(lambda: deliver_emails.enqueue(ids))
    return created


def backoff_seconds(attempts: int) -> float:
    base = settings.PORTAL_OUTBOX_BACKOFF_SECONDS * (2 ** max(attempts - 1, 0))
    return min(base, settings.PORTAL_OUTBOX_BACKOFF_MAX_SECONDS) * random.uniform(1.0, 1.1)


def _is_permanent(exc: Exception) -> bool:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(500 <= code < 600 for code, _msg in exc.recipients.values())
    return isinstance(exc, smtplib.SMTPResponseException) and 500 <= exc.smtp_code < 600


def email_message(email: OutgoingEmail) -> EmailMessage:
    message = EmailMessage(
        subject=_clean_header(email.subject),
        body=email.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=email.to,
        reply_to=email.reply_to or None,
        headers={**(email.headers or {}), "Message-ID": email.message_id, "X-Portal-Outbox": str(email.pk)},
    )
    for item in email.attachments or []:
        message.attach(_mime_part(item))
    return message


def email_deliver(*, email_id: int) -> str:
    """Claims, sends and records one outgoing e-mail. Returns what happened (for the task result)."""
    now = timezone.now()
    token = secrets.token_hex(16)
    lease = timedelta(seconds=settings.PORTAL_OUTBOX_LEASE_SECONDS)
    claimed = (
        OutgoingEmail.objects.filter(pk=email_id)
        .filter(
            Q(status=OutgoingEmail.Status.PENDING, next_attempt_at__lte=now + timedelta(seconds=1))
            | Q(status=OutgoingEmail.Status.SENDING, claimed_until__lt=now)
        )
        .update(
            status=OutgoingEmail.Status.SENDING,
            claimed_until=now + lease,
            claim_token=token,
            attempts=F("attempts") + 1,
        )
    )
    if not claimed:
        return "skipped: sent, being sent or not due"
    email = OutgoingEmail.objects.get(pk=email_id)
    if email.composer:
        try:
            _compose(email, token=token)
        except Exception as exc:  # recorded and retried like a failed delivery; the row stays queued
            logger.exception("E-mail %s could not be composed (attempt %s)", email.pk, email.attempts)
            return _record_failure(email_id=email_id, token=token, exc=exc)
    try:
        with get_connection(fail_silently=False, timeout=settings.EMAIL_TIMEOUT) as connection:
            connection.send_messages([email_message(email)])
    except Exception as exc:  # every failure is recorded and retried; nothing is lost
        logger.warning("E-mail %s not sent (attempt %s): %s", email.pk, email.attempts, exc)
        return _record_failure(email_id=email_id, token=token, exc=exc)
    # Once sent, the stored copy keeps no status page token (inquiries/redaction.py): it was needed to send it.
    updated = OutgoingEmail.objects.filter(pk=email_id, claim_token=token).update(
        status=OutgoingEmail.Status.SENT,
        sent_at=timezone.now(),
        claimed_until=None,
        last_error="",
        body=redact_status_tokens(email.body),
    )
    if not updated:
        logger.error("E-mail %s was sent after its lease expired; it may be sent twice.", email_id)
    return "sent"


def _compose(email: OutgoingEmail, *, token: str) -> None:
    """Writes the subject and body of a claimed row with its composer, and stores them (only while the claim
    holds) with the composer's name cleared: a retry sends this text."""
    subject, body = _COMPOSERS[email.composer](email)
    email.subject, email.body, email.composer = _clean_header(subject), body, ""
    updated = OutgoingEmail.objects.filter(pk=email.pk, claim_token=token).update(
        subject=email.subject, body=email.body, composer=""
    )
    if not updated:
        raise RuntimeError("The claim expired while the e-mail was composed.")


def _record_failure(*, email_id: int, token: str, exc: Exception) -> str:
    with transaction.atomic():
        email = OutgoingEmail.objects.select_for_update().filter(pk=email_id, claim_token=token).first()
        if email is None:
            return "failed, but the claim had expired"
        email.last_error = f"{type(exc).__name__}: {exc}"[:2000]
        email.claimed_until = None
        if _is_permanent(exc) or email.attempts >= settings.PORTAL_OUTBOX_MAX_ATTEMPTS:
            email.status = OutgoingEmail.Status.FAILED
            email.save(update_fields=["status", "last_error", "claimed_until"])
            return "gave up"
        email.status = OutgoingEmail.Status.PENDING
        email.next_attempt_at = timezone.now() + timedelta(seconds=backoff_seconds(email.attempts))
        email.save(update_fields=["status", "last_error", "claimed_until", "next_attempt_at"])
        enqueue_delivery(email.pk, run_after=email.next_attempt_at)
    return f"retry at {email.next_attempt_at.isoformat()}"


def email_retry(*, email: OutgoingEmail) -> None:
    """Puts a failed e-mail back in the queue (an operator's decision)."""
    with transaction.atomic():
        updated = OutgoingEmail.objects.filter(pk=email.pk, status=OutgoingEmail.Status.FAILED).update(
            status=OutgoingEmail.Status.PENDING, next_attempt_at=timezone.now(), attempts=0
        )
        if updated:
            enqueue_delivery(email.pk)


def stranded_emails():
    """Rows whose worker died (lease expired) or whose retry is overdue."""
    now = timezone.now()
    grace = timedelta(seconds=settings.PORTAL_OUTBOX_LEASE_SECONDS)
    return OutgoingEmail.objects.filter(
        Q(status=OutgoingEmail.Status.SENDING, claimed_until__lt=now)
        | Q(status=OutgoingEmail.Status.PENDING, next_attempt_at__lt=now - grace)
    )


def outbox_sweep(*, deliver_now: bool = False, limit: int = 500) -> int:
    """Re-enqueues (or, with ``deliver_now``, delivers) stranded e-mails. Returns how many."""
    ids = list(stranded_emails().order_by("pk").values_list("pk", flat=True)[:limit])
    for email_id in ids:
        if deliver_now:
            email_deliver(email_id=email_id)
        else:
            with transaction.atomic():
                enqueue_delivery(email_id)
    return len(ids)


# Until when this process knows a sweep waits (its ``run_after``, as a timestamp): a worker takes a task only when it
# is due, so a sweep that waits for a later time is still waiting until then, and a new inquiry need not look for
# it again. Set only once the transaction that saw or queued it commits (a rolled-back sweep is not waiting).
_sweep_waits_until = 0.0


def _remember_sweep(run_after) -> None:
    global _sweep_waits_until
    if run_after is not None and run_after < get_date_max():
        _sweep_waits_until = max(_sweep_waits_until, run_after.timestamp())


def forget_sweep_memo() -> None:
    global _sweep_waits_until
    _sweep_waits_until = 0.0


def sweep_ensure_scheduled() -> None:
    """With the database backend: make sure one sweep is waiting while e-mails are outstanding (no query while
    this process knows that one waits: ``_sweep_waits_until``)."""
    backend = sweep_outbox.get_backend()
    if not _backend_is_transactional(backend):
        return
    if timezone.now().timestamp() < _sweep_waits_until:
        return
    waiting = (
        DBTaskResult.objects.filter(task_path=sweep_outbox.module_path, status="READY")
        .order_by("-run_after")
        .values_list("run_after", flat=True)
        .first()
    )
    if waiting is None:
        waiting = timezone.now() + timedelta(seconds=settings.PORTAL_OUTBOX_SWEEP_SECONDS)
        sweep_outbox.using(run_after=waiting).enqueue()
    transaction.on_commit(partial(_remember_sweep, waiting))


def outstanding_exists() -> bool:
    return OutgoingEmail.objects.filter(
        status__in=[OutgoingEmail.Status.PENDING, OutgoingEmail.Status.SENDING]
    ).exists()
