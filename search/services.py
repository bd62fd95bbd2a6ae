"""Writes: keeping the search backend current after page changes, retries, rebuild and reconcile; and
noting what investors searched for and which result they opened (``SearchQueryLog``).

Every write goes through the interface (``get_search_backend()``): the backend decides where the
documents go (the database copy and Elasticsearch, or the database alone). A change is first
recorded as a ``PendingIndexUpdate`` inside the editor's transaction; the task applies it and the
row goes only when the backend took it, so an outage loses nothing (the task retries, the worker
retries due rows, ``search_index --reconcile`` repairs the rest).
"""

import logging
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timedelta

from django.conf import settings
from django.core import signing
from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from cms.i18n import LANGUAGE_CODES

from .backends import BackendUnavailable, BaseSearchBackend, SearchResult, get_search_backend
from .documents import BuildContext, documents_in_batches, page_documents, searchable_pages
from .models import PendingIndexUpdate, SearchQueryLog
from .params import SearchParams
from .tasks import sync_page, task_for_backend
from .text import clean

logger = logging.getLogger("search")
BATCH_SIZE = 200  # pages read and prefetched at once by a rebuild or a reconcile


def page_documents_build(*, page_id: int) -> list[dict]:
    page = Page.objects.filter(pk=page_id).first()
    return page_documents(page.specific) if page is not None else []


# --- keeping the index current ------------------------------------------------------------------


def page_change_record(*, page_ids: list[int]) -> None:
    """Note that the pages changed (inside the editor's transaction) so that nothing is lost if
    the task or Elasticsearch fails; a task is enqueued once the transaction commits, unless one for
    the page still waits in the queue (it reads the page when it runs, so it carries this change too)
    or a bulk operation has deferred the tasks (``page_tasks_deferred``)."""
    deferred = _deferred_pages.get()
    to_queue: list[int] = []
    for page_id in dict.fromkeys(page_ids):
        now = timezone.now()
        # ``update()`` skips ``auto_now``: the time is set here, a rebuild tells new changes by it.
        bump = {"generation": F("generation") + 1, "next_attempt_at": now, "updated_at": now}
        rows = PendingIndexUpdate.objects.filter(page_id=page_id)
        if deferred is not None:
            if not rows.update(**bump):
                PendingIndexUpdate.objects.get_or_create(page_id=page_id)
            deferred.add(page_id)
        elif rows.filter(task_queued=False).update(task_queued=True, **bump):
            to_queue.append(page_id)
        elif not rows.update(**bump):
            PendingIndexUpdate.objects.get_or_create(page_id=page_id, defaults={"task_queued": True})
            to_queue.append(page_id)
    if to_queue:
        transaction.on_commit(lambda: _enqueue(to_queue))


def _enqueue(page_ids: list[int]) -> None:
    for page_id in page_ids:
        task_for_backend(sync_page).enqueue(page_id=page_id)


def page_tasks_queue(*, page_ids: list[int]) -> list[int]:
    """Queue a task for each of these pages whose update is still owed and has none queued; returns
    the pages queued."""
    with transaction.atomic():
        owed = PendingIndexUpdate.objects.select_for_update().filter(page_id__in=page_ids, task_queued=False)
        queued = sorted(owed.values_list("page_id", flat=True))
        PendingIndexUpdate.objects.filter(page_id__in=queued).update(task_queued=True)
        if queued:
            transaction.on_commit(lambda: _enqueue(queued))
    return queued


def page_task_started(*, page_id: int, retry_queued: bool = False) -> None:
    """A task for the page runs (``retry_queued``: it has just queued its own retry). Called before the
    task reads the page: a change from now on queues a new task, which will see it."""
    PendingIndexUpdate.objects.filter(page_id=page_id).update(task_queued=retry_queued)


_deferred_pages: ContextVar[set[int] | None] = ContextVar("portal_search_deferred_pages", default=None)


@contextmanager
def page_tasks_deferred() -> Iterator[set[int]]:
    """For bulk operations (the demo load, imports): page changes in the block are recorded as
    ``PendingIndexUpdate`` rows in their own transactions as always, but queue no per-page task. The
    operation ends with a rebuild (``index_rebuild`` removes the rows it covered). On leaving the block,
    done or failed midway, every page whose update is still owed gets one task (none if the rebuild ran),
    so what was published reaches the index whatever happened; if even that fails, the rows stay for
    ``search_index --retry-pending`` and ``--reconcile`` (the scheduler runs both). Nested blocks join
    the outermost one. Yields the ids of the pages changed in the block."""
    if _deferred_pages.get() is not None:
        yield _deferred_pages.get()
        return
    changed: set[int] = set()
    token = _deferred_pages.set(changed)
    try:
        yield changed
    finally:
        _deferred_pages.reset(token)
        if changed:
            try:
                queued = page_tasks_queue(page_ids=sorted(changed))
            except DatabaseError as exc:  # e.g. the operation failed inside a broken transaction
                logger.warning("Search updates of %s pages left for --retry-pending: %s", len(changed), exc)
            else:
                if queued:
                    logger.info("Search updates owed after a bulk operation: %s tasks queued", len(queued))


def page_sync(*, page_id: int) -> str:
    """Write the page's documents to the backend (the database copy, then Elasticsearch). Raises
    ``BackendUnavailable`` when Elasticsearch does not take them (the pending row stays)."""
    pending = PendingIndexUpdate.objects.filter(page_id=page_id).first()
    generation = pending.generation if pending else None
    documents = page_documents_build(page_id=page_id)
    outcome = get_search_backend().write(page_id, documents)
    if generation is not None:
        PendingIndexUpdate.objects.filter(page_id=page_id, generation=generation).delete()
    return outcome


def pending_failure_record(*, page_id: int, error: Exception) -> PendingIndexUpdate | None:
    """Count the failed attempt and set the next one (exponential back-off, capped)."""
    pending = PendingIndexUpdate.objects.filter(page_id=page_id).first()
    if pending is None:
        pending, _created = PendingIndexUpdate.objects.get_or_create(page_id=page_id)
    attempts = pending.attempts + 1
    delay = min(
        settings.PORTAL_SEARCH_RETRY_BASE_SECONDS * 2 ** (attempts - 1), settings.PORTAL_SEARCH_RETRY_MAX_SECONDS
    )
    PendingIndexUpdate.objects.filter(pk=pending.pk).update(
        attempts=attempts, last_error=str(error)[:1000], next_attempt_at=timezone.now() + timedelta(seconds=delay)
    )
    pending.refresh_from_db()
    return pending


def pending_due(*, limit: int = 50) -> list[int]:
    return list(
        PendingIndexUpdate.objects.filter(next_attempt_at__lte=timezone.now())
        .order_by("next_attempt_at")
        .values_list("page_id", flat=True)[:limit]
    )


def pending_retry(*, limit: int = 50) -> dict:
    """Retry the pending updates that are due (a worker's task does this after each success;
    ``search_index --retry-pending`` does it by hand). Stops at the first Elasticsearch failure."""
    done = failed = 0
    for page_id in pending_due(limit=limit):
        try:
            page_sync(page_id=page_id)
        except BackendUnavailable as exc:
            pending_failure_record(page_id=page_id, error=exc)
            failed += 1
            break
        done += 1
    return {"done": done, "failed": failed}


# --- rebuild and reconcile ----------------------------------------------------------------------


def all_documents(*, on_page: Callable[[int], None] | None = None) -> Iterator[dict]:
    """Every searchable page's documents, built in batches: the pages read in chunks, each batch's
    relations loaded at once (``documents_in_batches``) and the reference data once (``BuildContext``),
    so the queries grow with the batches, not with the pages."""
    context = BuildContext.load()
    count = 0
    for batch in documents_in_batches(searchable_pages().iterator(chunk_size=BATCH_SIZE), batch_size=BATCH_SIZE):
        for page in batch:
            count += 1
            yield from page_documents(page, context, checked=True)
            if on_page:
                on_page(count)


def index_rebuild(*, progress: Callable[[int, int], None] | None = None) -> dict:
    """Every document, built once, replaces what the backend holds (the database table in one
    transaction, then new Elasticsearch indices swapped in atomically)."""
    started = timezone.now()
    total_pages = searchable_pages().count()
    documents = list(all_documents(on_page=(lambda n: progress(n, total_pages)) if progress else None))
    report = {"pages": total_pages, "documents": len(documents)}
    report.update(get_search_backend().rebuild(documents))
    # Changes that arrived while the documents were built went to the old copies: redo them.
    changed = list(PendingIndexUpdate.objects.filter(updated_at__gte=started).values_list("page_id", flat=True))
    for page_id in changed:
        page_sync(page_id=page_id)
    PendingIndexUpdate.objects.filter(updated_at__lt=started).delete()
    return report


def store_reconcile(*, store: BaseSearchBackend, expected: dict[tuple[int, str], dict]) -> dict:
    """Make one store hold exactly ``expected`` (``{(page_id, language): document}``): write the
    missing and outdated documents, delete the pages that should not be there."""
    outdated: list[dict] = []
    surplus: set[int] = set()
    extra = 0
    for language in LANGUAGE_CODES:
        indexed = store.indexed_versions(language)
        wanted = {key[0]: doc for key, doc in expected.items() if key[1] == language}
        outdated += [doc for page_id, doc in wanted.items() if indexed.get(page_id) != doc["version"]]
        unwanted = [page_id for page_id in indexed if page_id not in wanted]
        surplus.update(unwanted)
        extra += len(unwanted)
    if surplus:
        store.delete(sorted(surplus))
    if outdated:
        store.bulk_index(outdated)
    return {
        f"{store.name}_repaired": len(surplus | {doc["page_id"] for doc in outdated}),
        f"{store.name}_missing_or_outdated": len(outdated),
        f"{store.name}_extra": extra,
    }


def index_reconcile() -> dict:
    """Compare what should be indexed with every copy the backend keeps (the database table,
    Elasticsearch) and repair any difference (missing, outdated or extra documents). Returns the
    counts repaired, per copy."""
    started = timezone.now()
    expected = {(doc["page_id"], doc["language"]): doc for doc in all_documents()}
    report = {"expected": len(expected)}
    for store in get_search_backend().stores():
        report.update(store_reconcile(store=store, expected=expected))
    PendingIndexUpdate.objects.filter(updated_at__lt=started).delete()
    return report


# --- what investors search for ------------------------------------------------------------------

EMAIL = re.compile(r"\S+@\S+")
LONG_NUMBER = re.compile(r"\+?\d[\d\s().-]{6,}\d")  # phone numbers, ids: 8 digits or more with separators
CLICK_SALT = "portal.search.click"
CLICK_MAX_AGE = 86_400  # seconds a results page's click token is accepted


def query_redact(q: str) -> str:
    """The words of a query as they are kept: without e-mail addresses or long numbers (an investor may
    type a name, an address or a phone number), lower-case, no control characters (PostgreSQL refuses a NUL),
    spaces collapsed, at most 200 characters."""
    text = EMAIL.sub("[e-mail]", clean(q))
    text = LONG_NUMBER.sub("[number]", text)
    return " ".join(text.lower().split())[: SearchQueryLog._meta.get_field("query").max_length]


def search_query_note(*, params: SearchParams, result: SearchResult) -> SearchQueryLog | None:
    """The search to note (the first page of a search with words; no personal data), not saved yet: its
    ``click_key`` is set, so the click token can go out with the answer and the row be written after it
    (``search_query_save``, run by the views once the answer is sent). None: nothing to note."""
    if not params.q.strip() or params.page != 1:
        return None
    query = query_redact(params.q)
    if not query:
        return None
    return SearchQueryLog(
        language=params.lang,
        backend=result.backend,
        query=query,
        result_count=result.count,
        click_key=uuid.uuid4(),
    )


def search_query_save(log: SearchQueryLog) -> bool:
    """Write a noted search. A failure never fails the search: it is logged and the answer has gone out."""
    try:
        if not transaction.get_connection().in_atomic_block:
            log.save(force_insert=True)  # autocommit: one round trip, nothing to protect
        else:
            with transaction.atomic():  # a savepoint: a failed insert leaves the request's transaction usable
                log.save(force_insert=True)
    except DatabaseError as exc:
        logger.warning("Could not note the search %r: %s", log.query, exc)
        return False
    return True


def click_token(log: SearchQueryLog) -> str:
    return signing.dumps(str(log.click_key), salt=CLICK_SALT, compress=False)


def search_click_record(*, token: str, page_id: int, rank: int) -> bool:
    """Note the result an investor opened from a search (the first one only). ``token`` comes from the
    results page (``click_token``): a click cannot be forged for another search or after a day. A token
    issued before searches had a click key names the row's id."""
    try:
        named = signing.loads(token, salt=CLICK_SALT, max_age=CLICK_MAX_AGE)
    except signing.BadSignature:
        return False
    search = {"pk": named} if isinstance(named, int) else {"click_key": named}
    updated = SearchQueryLog.objects.filter(**search, clicked_page_id__isnull=True).update(
        clicked_page_id=page_id, clicked_rank=rank, clicked_at=timezone.now()
    )
    return bool(updated)


def search_log_prune(*, now: datetime | None = None, dry_run: bool = False) -> int:
    """Delete the searches (their click is a column of the same row, so it goes too) older than
    ``PORTAL_SEARCH_LOG_RETENTION_DAYS`` (the period the privacy notice states). Returns how many rows were
    deleted, or with ``dry_run`` would be. A retention of 0 or less is refused (it would delete today's)."""
    days = settings.PORTAL_SEARCH_LOG_RETENTION_DAYS
    if days < 1:
        raise ValueError(f"PORTAL_SEARCH_LOG_RETENTION_DAYS must be at least 1 (is {days}).")
    old = SearchQueryLog.objects.filter(created_at__lt=(now or timezone.now()) - timedelta(days=days))
    if dry_run:
        return old.count()
    deleted, _by_model = old.delete()
    return deleted
