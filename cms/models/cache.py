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
