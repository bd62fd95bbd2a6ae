"""Background tasks (django-tasks): keep the search index current after page changes.

django-tasks does not retry by itself. A failed Elasticsearch update leaves its
``PendingIndexUpdate`` row; the task then enqueues itself again with ``run_after`` (exponential
back-off, ``PORTAL_SEARCH_RETRY_LIMIT`` attempts) on backends that can defer, and re-raises so the
failure is recorded. Each successful run also retries other due rows, and
``search_index --reconcile`` repairs whatever is left.

One task per page at a time: the change that finds a task for the page still queued
(``PendingIndexUpdate.task_queued``) queues none; the task clears the flag as it starts, before it
reads the page, so a later change queues the next one. Bulk operations queue none at all
(``services.page_tasks_deferred``).

Services import this module; a task imports the services inside its body (they import the tasks
to enqueue them: one rule, no import cycle).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task, task_backends

from .backends import BackendUnavailable

logger = logging.getLogger("search")


def task_for_backend(task):
    backend = settings.PORTAL_SEARCH_TASK_BACKEND
    return task.using(backend=backend) if backend != task.backend else task


@task()
def sync_page(page_id: int, attempt: int = 1) -> str:
    from .services import page_sync, page_task_started, pending_failure_record, pending_retry

    page_task_started(page_id=page_id)
    try:
        outcome = page_sync(page_id=page_id)
    except BackendUnavailable as exc:
        pending = pending_failure_record(page_id=page_id, error=exc)
        backend = task_backends[settings.PORTAL_SEARCH_TASK_BACKEND]
        if attempt < settings.PORTAL_SEARCH_RETRY_LIMIT and backend.supports_defer:
            delay = max(0.0, (pending.next_attempt_at - timezone.now()).total_seconds())
            task_for_backend(sync_page).using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
                page_id=page_id, attempt=attempt + 1
            )
            page_task_started(page_id=page_id, retry_queued=True)
            logger.warning(
                "Search update of page %s failed (attempt %s), retrying in %.0f s: %s", page_id, attempt, delay, exc
            )
        else:
            logger.error(
                "Search update of page %s failed (attempt %s); kept for search_index --reconcile: %s",
                page_id,
                attempt,
                exc,
            )
        raise
    if outcome in {"written", "deleted"}:
        pending_retry(limit=settings.PORTAL_SEARCH_RETRY_BATCH)
    return outcome
