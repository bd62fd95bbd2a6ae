"""The e-mail outbox: every e-mail the portal sends is first a row here, written in the same
transaction as the change that caused it, then delivered by the task worker (see ``outbox.py``).

The kinds are the portal's, not only the inquiries': the event registrations (``events``) send theirs
through the same outbox. Attachments (a calendar file, say) are stored in the row, base64-encoded, so that
a retry sends exactly what was queued.

An e-mail may be queued with a ``composer`` instead of its text (the inquiry's acknowledgement and the
agency's notice): the row is the intent, committed with the change; the worker writes the subject and body
before the first attempt (``outbox.email_deliver``), stores them, and every retry sends that stored text."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutgoingEmail(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Gave up")

    class Kind(models.TextChoices):
        ACKNOWLEDGEMENT = "acknowledgement", _("Acknowledgement to the sender")
        AGENCY_NOTICE = "agency_notice", _("New inquiry to the agency")
        REPLY = "reply", _("Reply to the sender")
        FOLLOW_UP_NOTICE = "follow_up_notice", _("Follow-up to the agency")
        HAND_OVER_NOTICE = "hand_over_notice", _("Hand-over to the agency")
        EVENT_CONFIRMATION = "event_confirmation", _("Event registration confirmed")
        EVENT_WAITING = "event_waiting", _("Event registration on the waiting list")
        EVENT_PROMOTED = "event_promoted", _("Event place freed for a waiting registrant")
        EVENT_REMINDER = "event_reminder", _("Event reminder")
        EVENT_CANCELLED = "event_cancelled", _("Event registration cancelled")
        HANDED_OVER = "handed_over", _("Hand-over notice to the sender")
        INFO_REQUEST = "info_request", _("Request for information to the sender")
        CLOSURE = "closure", _("Closing notice to the sender")
        SEARCH_DIGEST = "search_digest", _("Weekly digest of what investors could not find")
        SAVED_SEARCH_ALERT = "saved_search_alert", _("New matches for an investor's saved search")

    key = models.CharField(_("key"), max_length=200, unique=True, help_text=_("One logical e-mail, queued once."))
    inquiry = models.ForeignKey(
        "inquiries.Inquiry", null=True, blank=True, on_delete=models.SET_NULL, related_name="emails"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    to = models.JSONField(_("to"), default=list)
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    subject = models.CharField(_("subject"), max_length=250)
    body = models.TextField(_("text"))
    attachments = models.JSONField(
        _("attachments"), default=list, blank=True, help_text=_("[{filename, content_type, content_base64}]")
    )
    language = models.CharField(_("language"), max_length=10)
    # Extra headers of the message ({name: value}), e.g. List-Unsubscribe; checked when queued (outbox.py).
    headers = models.JSONField(_("headers"), default=dict, blank=True)
    message_id = models.CharField(_("Message-ID"), max_length=250, unique=True)
    # The name of the function (``outbox.email_composer``) that writes the subject and body in the worker;
    # empty once they are written, or when they were written when queued.
    composer = models.CharField(_("written by"), max_length=40, blank=True, default="", db_default="")

    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    claimed_until = models.DateTimeField(_("claimed until"), null=True, blank=True)
    claim_token = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(_("queued"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.kind} → {', '.join(self.to)}"
