"""What each translation of a page was made from, so that a changed Vietnamese source shows as
"outdated" in the editors' report (``cms.translation_status``).

One row per page and language: ``source_hash`` is the fingerprint of the Vietnamese text the
translation corresponds to, ``translation_hash`` the fingerprint of the translation itself. When a page
is published, a language whose translation changed takes the current source's fingerprint (it was made
from it); a language whose translation did not change keeps the old one, so a new source makes it
outdated. An editor who checks a translation marks it reviewed: it then matches the current source.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class TranslationRecord(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    source_hash = models.CharField(max_length=64)
    translation_hash = models.CharField(max_length=64)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation record")
        verbose_name_plural = _("translation records")
        constraints = [models.UniqueConstraint(fields=["page", "language"], name="translation_record_unique")]

    def __str__(self) -> str:
        return f"{self.page_id} {self.language}"
