"""What an investor keeps in their space: a profile, a shortlist of catalogue pages with private notes, and
saved searches with alerts. Every row belongs to one ordinary (non-staff) Django user and goes with it
(``on_delete=CASCADE``; ``investors.personal_data`` exports and erases it)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

NOTE_MAX_CHARS = 2000


class InvestorProfile(models.Model):
    """What pre-fills the inquiry form, and what the alerts are written in (``language``)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="investor_profile")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, blank=True)
    country = CountryField(_("country"), blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    sectors = models.ManyToManyField(
        "investment.Sector", verbose_name=_("sectors of interest"), blank=True, related_name="+"
    )
    places = models.ManyToManyField(
        "investment.Place", verbose_name=_("places of interest"), blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("investor profile")
        verbose_name_plural = _("investor profiles")

    def __str__(self) -> str:
        return str(self.user)


class ShortlistItem(models.Model):
    """A project, opportunity or zone the investor saved, with a note only they can read."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shortlist_items")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    note = models.TextField(_("private note"), max_length=NOTE_MAX_CHARS, blank=True)
    created_at = models.DateTimeField(_("saved"), default=timezone.now)

    class Meta:
        verbose_name = _("shortlist entry")
        verbose_name_plural = _("shortlist entries")
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["user", "page"], name="investors_shortlist_once_per_page")]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.page_id}"


class SavedSearch(models.Model):
    """A search kept with its normalised parameters (those of ``GET /api/search/``, ``query`` is their
    canonical query string), and how often its alert e-mail may come."""

    class Frequency(models.TextChoices):
        DAILY = "daily", _("Daily")
        WEEKLY = "weekly", _("Weekly")
        NEVER = "never", _("No e-mail")

    class Source(models.TextChoices):
        SEARCH = "search", _("Search page")
        LISTING = "listing", _("Listing filters")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches")
    name = models.CharField(_("name"), max_length=200, blank=True)
    params = models.JSONField(_("search parameters"), default=dict)
    query = models.CharField(_("query string"), max_length=2000)
    language = models.CharField(_("language of the search"), max_length=10, choices=settings.LANGUAGES)
    source = models.CharField(_("saved from"), max_length=10, choices=Source.choices, default=Source.SEARCH)
    frequency = models.CharField(_("alerts"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY)
    created_at = models.DateTimeField(_("saved"), default=timezone.now)
    # The end of the window the last alert covered: the next one looks at pages published after it.
    alerted_until = models.DateTimeField(_("alerts checked until"), default=timezone.now)
    last_sent_at = models.DateTimeField(_("last alert sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "language", "query"], name="investors_saved_search_once")
        ]

    def __str__(self) -> str:
        return self.name or self.query
