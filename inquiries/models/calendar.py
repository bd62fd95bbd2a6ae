"""Days an agency's office is closed beyond the public holidays: they do not count as working days for its
reply deadlines (``inquiries.workdays``). Public holidays come from the ``holidays`` library and need no row."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_CLOSURE_DAYS = 366


class AgencyClosure(models.Model):
    """A closure of one agency (or of every agency): a provincial decision that lengthens the Tết break, a
    move, a training day. Edited in the admin (Inquiries › Office closures)."""

    agency = models.ForeignKey(
        "investment.Agency",
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="closures",
        help_text=_("Empty: every agency is closed."),
    )
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until (inclusive)"))
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("office closure")
        verbose_name_plural = _("office closures")
        ordering = ["-starts_on"]

    def __str__(self) -> str:
        who = self.agency.short_name or self.agency.name if self.agency_id else _("every agency")
        return f"{who}: {self.starts_on}–{self.ends_on}"

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on:
            if self.ends_on < self.starts_on:
                raise ValidationError({"ends_on": _("The closure ends before it starts.")})
            if (self.ends_on - self.starts_on).days >= MAX_CLOSURE_DAYS:
                raise ValidationError({"ends_on": _("A closure lasts at most a year.")})

    def days(self):
        """Every day of the closure (at most ``MAX_CLOSURE_DAYS``)."""
        span = min((self.ends_on - self.starts_on).days, MAX_CLOSURE_DAYS - 1)
        return [self.starts_on + timedelta(days=offset) for offset in range(span + 1)]
