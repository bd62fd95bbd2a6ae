"""What investors want, counted without personal data: one row per day, kind of event, page, investor
country and sector, holding a count. No address, account, session, cookie or time of day is stored, so
nothing here can be traced to a person; figures for small groups are hidden when shown
(``insights.selectors``: ``PORTAL_INSIGHTS_MIN_GROUP``).

Views come from the deferred beacon on catalogue pages (``insights.views.beacon``), saves from the
investor's shortlist (``demand_event_record(kind="save", …)``). Inquiries and answers are not copied here:
they are read from the inquiries' own tables.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

NO_SECTOR = 0  # ``sector_id`` of an event with no sector (0, not NULL, so the row stays unique)


class DemandEventKind(models.TextChoices):
    VIEW = "view", _("page view")
    SAVE = "save", _("saved to a shortlist")


class DemandCount(models.Model):
    day = models.DateField(_("day"), default=timezone.localdate)
    kind = models.CharField(_("kind"), max_length=10, choices=DemandEventKind.choices)
    page_id = models.PositiveIntegerField(_("page id"))
    country = models.CharField(_("country"), max_length=2, blank=True, help_text=_("Empty: not known."))
    sector_id = models.PositiveIntegerField(_("sector id"), default=NO_SECTOR)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("demand count")
        verbose_name_plural = _("demand counts")
        constraints = [
            models.UniqueConstraint(fields=["day", "kind", "page_id", "country", "sector_id"], name="insights_one_row")
        ]
        indexes = [models.Index(fields=["kind", "day"])]

    def __str__(self) -> str:
        return f"{self.day} {self.kind} {self.page_id} {self.country or '—'}: {self.count}"
