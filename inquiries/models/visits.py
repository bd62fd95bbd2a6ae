"""What a site-visit or meeting request adds to its inquiry: the format, the preferred dates and who comes.

Kept beside the inquiry (one row, created with it in the same transaction by ``inquiry_create``), so the
inquiry itself and the public contract's fields stay as they are; only inquiries of kind ``visit`` have one.
"""

from datetime import date

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_PREFERRED_DATES = 3
MAX_PARTICIPANTS = 50


class VisitFormat(models.TextChoices):
    SITE_VISIT = "site_visit", _("Site visit")
    MEETING = "meeting", _("Meeting at the agency")
    VIDEO_CALL = "video_call", _("Video call")


class InquiryVisit(models.Model):
    inquiry = models.OneToOneField(
        "inquiries.Inquiry", verbose_name=_("inquiry"), on_delete=models.CASCADE, related_name="visit"
    )
    format = models.CharField(_("format"), max_length=20, choices=VisitFormat.choices, default=VisitFormat.SITE_VISIT)
    preferred_dates = models.JSONField(_("preferred dates"), default=list, help_text=_("ISO dates, best first."))
    participants = models.PositiveSmallIntegerField(
        _("participants"), validators=[MinValueValidator(1), MaxValueValidator(MAX_PARTICIPANTS)]
    )
    attendees = models.TextField(_("who will attend"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("site visit or meeting request")
        verbose_name_plural = _("site visit or meeting requests")

    def __str__(self) -> str:
        return f"{self.inquiry_id} {self.format}"

    @property
    def dates(self) -> list[date]:
        return [date.fromisoformat(value) for value in self.preferred_dates]
