from django.db import models


class PageCacheGeneration(models.Model):
    """One row whose counter every app server reads: bumping it invalidates every cached page
    on every server at once, without a shared cache."""

    generation = models.PositiveBigIntegerField(default=1)
    bumped_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "page cache generation"

    def __str__(self) -> str:
        return f"generation {self.generation}"


class PageCacheVersion(models.Model):
    """Per-page versions of the page cache (``cms.page_cache``): ``shown:<id>`` changes when page <id> itself
    changes (every cached page that showed it is then stale), ``output:<id>`` when what page <id> renders may
    have changed because of another page (a listing that lists a newly published page); ``changes`` counts every
    bump (a render that overlapped one is not stored). The rows are the truth; the shared cache holds copies."""

    key = models.CharField(max_length=40, primary_key=True)
    version = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "page cache version"

    def __str__(self) -> str:
        return f"{self.key} {self.version}"
