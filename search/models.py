"""The database side of search: a denormalised copy of every search document (the fallback
searches it) and the pages whose Elasticsearch update is still owed."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One page in one language, as the document builder made it (the same fields as the
    Elasticsearch document). Written only by ``search.backends.database``."""

    page_id = models.IntegerField(_("page id"))
    language = models.CharField(_("language"), max_length=10)
    type = models.CharField(_("type"), max_length=20, db_index=True)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True)
    url = models.CharField(_("URL"), max_length=500, blank=True)
    shown_language = models.CharField(_("language shown"), max_length=10)
    # Lower-case text for substring matching: as written, and with diacritics folded.
    text_exact = models.TextField(blank=True)
    text_folded = models.TextField(blank=True)
    title_folded = models.CharField(max_length=255, blank=True)
    status = models.CharField(_("status"), max_length=20, blank=True, db_index=True)
    capital_usd = models.FloatField(_("capital (USD)"), null=True, blank=True)
    capital_vnd = models.FloatField(_("capital (VND)"), null=True, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    last_verified = models.DateField(null=True, blank=True)
    sector_label = models.CharField(max_length=255, blank=True)
    location_label = models.CharField(max_length=255, blank=True)
    version = models.CharField(_("version"), max_length=64)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [models.UniqueConstraint(fields=["page_id", "language"], name="search_entry_page_language")]
        indexes = [
            models.Index(fields=["language", "type"]),
            models.Index(fields=["language", "published_at"]),
            models.Index(fields=["language", "capital_usd"]),
        ]

    def __str__(self) -> str:
        return f"{self.language}:{self.page_id} {self.title}"


class SearchEntryTerm(models.Model):
    """A facet value of an entry: a sector code or a place id, ancestors included, so that
    'this sector and its children' is one indexed equality."""

    class Kind(models.TextChoices):
        SECTOR = "sector", _("sector")
        PLACE = "place", _("place")

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="terms")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    value = models.CharField(max_length=40)
    label = models.CharField(max_length=255, blank=True)

    class Meta:
        indexes = [models.Index(fields=["kind", "value"])]

    def __str__(self) -> str:
        return f"{self.kind}={self.value}"


class PendingIndexUpdate(models.Model):
    """A page whose change has not reached Elasticsearch yet. Written when the change happens,
    removed when Elasticsearch has it; retried with back-off, repaired by ``search_index --reconcile``."""

    page_id = models.IntegerField(_("page id"), unique=True)
    generation = models.PositiveIntegerField(default=1)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now, db_index=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("pending index update")
        verbose_name_plural = _("pending index updates")

    def __str__(self) -> str:
        return f"page {self.page_id} (attempts: {self.attempts})"
