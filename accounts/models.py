"""What the accounts app stores besides allauth's own tables: the consent records.

A consent record says what an account holder agreed to (``purpose``), when, and which version of the privacy
notice they were shown. Records outlive the account: deleting an account detaches them (``user`` becomes empty)
and keeps, instead of the address, a keyed hash of it (``subject_hash``), enough to prove to that person that
their consent was recorded without keeping who they are in readable form.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ConsentPurpose(models.TextChoices):
    ACCOUNT = "account", _("An account: the portal keeps my e-mail address, my sign-in methods and what I save")


class ConsentRecord(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consent_records",
    )
    subject_hash = models.CharField(_("keyed hash of the e-mail address"), max_length=64, db_index=True)
    purpose = models.CharField(_("purpose"), max_length=40, choices=ConsentPurpose.choices)
    notice_version = models.CharField(_("privacy notice version"), max_length=20)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    account_deleted_at = models.DateTimeField(_("account deleted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["given_at", "pk"]

    def __str__(self):
        return f"{self.get_purpose_display()} · {self.notice_version} · {self.given_at:%Y-%m-%d}"
