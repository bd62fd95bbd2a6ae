"""The database side of search: a denormalised copy of every search document (the fallback
searches it) with the vocabulary its typo tolerance looks words up in, the pages whose Elasticsearch
update is still owed, the synonym sets editors keep, and the log of what investors searched for."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TermVectorField(models.TextField):
    """A PostgreSQL ``tsvector`` (written as its literal, ``'word':1A 'other':2B``, built in Python by
    ``search.backends.database``); plain text, left empty, on other databases."""

    def db_type(self, connection):
        return "tsvector" if connection.vendor == "postgresql" else "text"

    def get_placeholder(self, value, compiler, connection):
        return "%s::tsvector" if connection.vendor == "postgresql" else "%s"


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
    # The words as the database matches them (``search.backends.database``): space-separated and
    # space-padded tokens (" xoai cat hoa loc "), so that a word matches only a whole word.
    title_folded = models.CharField(max_length=255, blank=True)  # the title, folded and lower-case (suggest)
    title_words = models.TextField(blank=True)  # folded words of the title
    lead_words = models.TextField(blank=True)  # title, summary, sectors: folded, "=" + as written, CJK grams
    words = models.TextField(blank=True)  # folded words of title, summary, body and meta
    exact_words = models.TextField(blank=True)  # the words written with diacritics, as written
    stems = models.TextField(blank=True)  # English stems (English documents)
    title_cjk = models.TextField(blank=True)  # CJK unigrams and bigrams of the title
    cjk = models.TextField(blank=True)  # CJK unigrams and bigrams of everything
    # The entry's facet values as its ``SearchEntryTerm`` rows have them, ancestors included, as
    # space-separated ``kind=value`` tokens ("sector=C sector=10 place=1 place=2 place=7"): PostgreSQL
    # counts the facets of the matching rows from this column (copied to ``SearchEntryVector``) in one
    # pass, without a join per row (the ``SearchEntryTerm`` rows stay the filters' index).
    facet_codes = models.TextField(blank=True)
    numbers = models.JSONField(default=dict, blank=True)  # the catalogue's range filters: {"capital": VND}
    status = models.CharField(_("status"), max_length=20, blank=True, db_index=True)
    capital_usd = models.FloatField(_("capital (USD)"), null=True, blank=True)
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


class SearchEntryVector(models.Model):
    """PostgreSQL only: what its search reads of every row that may match (``database_postgres``), in a
    narrow table of its own: the ``tsvector`` (the entry's words with weights and positions, built in
    Python by ``search.backends.database``), the facet values, and the columns that the filters
    (``filtered_entries``, which reads either table) and the sorts need. The wide ``SearchEntry`` row
    (texts, token columns) is read for the page of results only. The vector stays in the row,
    uncompressed up to a page (migration 0007). Written with its entry, deleted with it; empty on other
    databases."""

    entry = models.OneToOneField(SearchEntry, on_delete=models.CASCADE, primary_key=True, related_name="match")
    language = models.CharField(max_length=10)
    page_id = models.IntegerField()
    type = models.CharField(max_length=20)
    status = models.CharField(max_length=20, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    capital_usd = models.FloatField(null=True, blank=True)
    facet_codes = models.TextField(blank=True)  # as ``SearchEntry.facet_codes``
    numbers = models.JSONField(default=dict, blank=True)  # the range filters' numbers, as the entry's
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    vector = TermVectorField()

    class Meta:
        indexes = [models.Index(fields=["language", "type"], name="portal_search_vector_lang")]

    def __str__(self) -> str:
        return f"{self.language}:{self.page_id}"


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
    removed when Elasticsearch has it; retried with back-off, repaired by ``search_index --reconcile``.
    ``task_queued``: a task for the page waits in the queue (set with the change, cleared by the task when
    it starts, before it reads the page), so further changes meanwhile queue no second task."""

    page_id = models.IntegerField(_("page id"), unique=True)
    generation = models.PositiveIntegerField(default=1)
    task_queued = models.BooleanField(default=False)
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


class SearchTerm(models.Model):
    """A lexeme of the database copy in one language (a folded word, an English stem, a pair of
    Vietnamese syllables, a CJK gram) and how many pages have it: what a query plan asks about its
    words (``search.query``), and where the typo tolerance looks for what a misspelt word was meant to be
    (PostgreSQL: a trigram index). Counted when rows are written and removed; rebuilt with the table."""

    language = models.CharField(max_length=10)
    term = models.CharField(max_length=60)
    df = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "term"], name="search_term_language_term")]

    def __str__(self) -> str:
        return f"{self.language}:{self.term}"


def _synonym_terms(text: str) -> list[str]:
    parts = [part.strip() for line in text.splitlines() for part in line.split(",")]
    return list(dict.fromkeys(part for part in parts if part))


class SearchSynonym(models.Model):
    """Words or phrases that mean the same thing to an investor in one language ("photovoltaic, solar",
    "ハス, 蓮"). A query that contains one of them also finds pages that say another, on every backend;
    pages that say what was typed rank a little higher."""

    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, db_index=True)
    terms = models.TextField(
        _("words and phrases"),
        help_text=_("Two or more, separated by commas or one per line, e.g. “industrial park, industrial zone”."),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    MAX_TERMS = 20
    MAX_TERM_CHARS = 60

    class Meta:
        verbose_name = _("search synonym set")
        verbose_name_plural = _("search synonyms")
        ordering = ["language", "terms"]

    def __str__(self) -> str:
        return ", ".join(self.term_list)

    @property
    def term_list(self) -> list[str]:
        return _synonym_terms(self.terms)

    def clean(self):
        terms = self.term_list
        if len(terms) < 2:
            raise ValidationError({"terms": _("Enter at least two words or phrases.")})
        if len(terms) > self.MAX_TERMS:
            raise ValidationError({"terms": _("Enter at most %(max)d words or phrases.") % {"max": self.MAX_TERMS}})
        if any(len(term) > self.MAX_TERM_CHARS for term in terms):
            raise ValidationError(
                {"terms": _("Each word or phrase can have at most %(max)d characters.") % {"max": self.MAX_TERM_CHARS}}
            )
        self.terms = ", ".join(terms)


class SearchQueryLog(models.Model):
    """One search an investor made (first page of results, with words), without personal data: no
    address, account, session or cookie, and e-mail addresses and long numbers in the words are
    replaced before they are stored. The click is the result they opened from the search page."""

    created_at = models.DateTimeField(_("searched at"), default=timezone.now, db_index=True)
    language = models.CharField(_("language"), max_length=10)
    backend = models.CharField(_("backend"), max_length=20)
    query = models.CharField(_("query"), max_length=200)
    result_count = models.PositiveIntegerField(_("results"))
    clicked_page_id = models.IntegerField(_("opened page"), null=True, blank=True)
    clicked_rank = models.PositiveSmallIntegerField(_("position opened"), null=True, blank=True)
    clicked_at = models.DateTimeField(_("opened at"), null=True, blank=True)
    # What the results page's click token names (``search.services.click_token``): known before the row is
    # written, which happens once the answer has gone out. Empty on searches noted before it existed.
    click_key = models.UUIDField(_("click key"), null=True, blank=True, unique=True, editable=False)

    class Meta:
        verbose_name = _("search")
        verbose_name_plural = _("searches")
        indexes = [models.Index(fields=["language", "created_at"])]

    def __str__(self) -> str:
        return f"{self.language}: {self.query} ({self.result_count})"
