"""Agencies: who publishes projects and who answers inquiries."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Collection


class Agency(models.Model):
    """A provincial agency that publishes projects and answers inquiries."""

    class Kind(models.TextChoices):
        PROMOTION_CENTRE = "promotion", _("Investment promotion centre")
        FINANCE = "finance", _("Department of Finance (planning and investment)")
        AGRICULTURE = "agriculture", _("Department of Agriculture and Environment")
        INDUSTRIAL_ZONES = "industrial_zones", _("Industrial Zones Management Board")
        OTHER = "other", _("Other agency")

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=80, blank=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    address = models.TextField(_("address"), blank=True)
    email = models.EmailField(_("e-mail"))
    inquiry_emails = models.TextField(
        _("inquiry e-mails"),
        blank=True,
        help_text=_("Addresses that receive new inquiries, one per line. Empty: the agency's e-mail."),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    working_days = models.CharField(
        _("working days"),
        max_length=20,
        default="1,2,3,4,5",
        help_text=_("ISO weekday numbers, 1 = Monday … 7 = Sunday, separated by commas."),
    )
    acknowledge_hours = models.PositiveSmallIntegerField(
        _("acknowledge within (hours)"), default=0, help_text=_("0: acknowledged automatically at once.")
    )
    first_reply_working_days = models.PositiveSmallIntegerField(_("first reply within (working days)"), default=2)
    editors = models.ForeignKey(
        Group,
        verbose_name=_("editors group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="edited_agencies",
        help_text=_("Members publish and update this agency's projects, opportunities and zones."),
    )
    officers = models.ForeignKey(
        Group,
        verbose_name=_("inquiry officers group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="officer_agencies",
        help_text=_("Members receive and answer the inquiries routed to this agency."),
    )
    collection = models.ForeignKey(
        Collection,
        verbose_name=_("media collection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agencies",
        editable=False,
        help_text=_("The agency's own images and documents; only its editors upload into it and choose from it."),
    )
    footer_position = models.PositiveSmallIntegerField(
        _("position in the site footer"),
        null=True,
        blank=True,
        help_text=_("The footer lists agencies with a position, lowest first. Empty: not in the footer."),
    )
    is_sample_content = models.BooleanField(_("illustrative sample content"), default=False)

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("short_name"), FieldPanel("slug"), FieldPanel("kind")]),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("email"),
                FieldPanel("inquiry_emails"),
                FieldPanel("phone"),
                FieldPanel("website"),
            ],
            _("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("working_days"), FieldPanel("acknowledge_hours"), FieldPanel("first_reply_working_days")],
            _("Response-time commitment"),
        ),
        MultiFieldPanel([FieldPanel("editors"), FieldPanel("officers")], _("Staff")),
        FieldPanel("footer_position"),
        FieldPanel("is_sample_content"),
    ]

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def working_weekdays(self) -> set[int]:
        days = set()
        for part in self.working_days.split(","):
            part = part.strip()
            if part.isdigit() and 1 <= int(part) <= 7:
                days.add(int(part))
        return days or {1, 2, 3, 4, 5}

    @property
    def inquiry_recipients(self) -> list[str]:
        addresses = [line.strip() for line in self.inquiry_emails.splitlines() if line.strip()]
        return addresses or [self.email]
