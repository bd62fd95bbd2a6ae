"""Writes: the database copy of the documents, Elasticsearch updates, rebuild and reconcile."""

import logging
from collections.abc import Callable, Iterator
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from cms.i18n import LANGUAGE_CODES

from .documents import BuildContext, page_documents, searchable_pages
from .models import PendingIndexUpdate, SearchEntry, SearchEntryTerm
from .text import fold_lower

logger = logging.getLogger("search")


def _entry(doc: dict) -> SearchEntry:
    text = " ".join([doc["title"], doc["summary"], doc["body"], doc["meta"]])
    return SearchEntry(
        page_id=doc["page_id"],
        language=doc["language"],
        type=doc["type"],
        title=doc["title"][:255],
        summary=doc["summary"],
        body=doc["body"],
        url=doc["url"][:500],
        shown_language=doc["shown_language"],
        text_exact=text.lower(),
        text_folded=fold_lower(text),
        title_folded=fold_lower(doc["title"])[:255],
        status=doc["status"],
        capital_usd=doc["capital_usd"],
        capital_vnd=doc["capital_vnd"],
        latitude=doc["location"]["lat"] if doc["location"] else None,
        longitude=doc["location"]["lon"] if doc["location"] else None,
        published_at=doc["published_at"],
        last_verified=doc["last_verified"],
        sector_label="\n".join(doc["sector_labels"])[:255],
        location_label=doc["location_label"][:255],
        version=doc["version"],
    )


def _terms(entry: SearchEntry, doc: dict) -> list[SearchEntryTerm]:
    terms = [SearchEntryTerm(entry=entry, kind="sector", value=code) for code in doc["sector_tree"]]
    terms += [SearchEntryTerm(entry=entry, kind="place", value=pk) for pk in doc["place_tree"]]
    return terms


def entries_write(documents: list[dict]) -> None:
    """Insert the documents' rows (the caller removed any previous ones)."""
    entries = SearchEntry.objects.bulk_create([_entry(doc) for doc in documents], batch_size=500)
    if entries and entries[0].pk is None:  # a database that does not return ids
        keys = {(doc["page_id"], doc["language"]) for doc in documents}
        by_key = {
            (entry.page_id, entry.language): entry
            for entry in SearchEntry.objects.filter(page_id__in={key[0] for key in keys})
        }
        entries = [by_key[(doc["page_id"], doc["language"])] for doc in documents]
    terms = [term for entry, doc in zip(entries, documents, strict=True) for term in _terms(entry, doc)]
    SearchEntryTerm.objects.bulk_create(terms, batch_size=1000)


@transaction.atomic
def page_entries_replace(*, page_id: int, documents: list[dict]) -> None:
    SearchEntry.objects.filter(page_id=page_id).delete()
    entries_write(documents)


def page_documents_build(*, page_id: int) -> list[dict]:
    page = Page.objects.filter(pk=page_id).first()
    return page_documents(page.specific) if page is not None else []


# --- keeping the index current ------------------------------------------------------------------


def page_change_record(*, page_ids: list[int]) -> None:
    """Note that the pages changed (inside the editor's transaction) so that nothing is lost if
    the task or Elasticsearch fails; the task is enqueued once the transaction commits."""
    for page_id in dict.fromkeys(page_ids):
        updated = PendingIndexUpdate.objects.filter(page_id=page_id).update(
            generation=F("generation") + 1, next_attempt_at=timezone.now()
        )
        if not updated:
            PendingIndexUpdate.objects.get_or_create(page_id=page_id)

    def enqueue():
        from .tasks import sync_page

        for page_id in dict.fromkeys(page_ids):
            task_for_backend(sync_page).enqueue(page_id=page_id)

    transaction.on_commit(enqueue)


def task_for_backend(task):
    backend = settings.PORTAL_SEARCH_TASK_BACKEND
    return task.using(backend=backend) if backend != task.backend else task


def page_sync(*, page_id: int) -> str:
    """Rebuild the page's rows and push its documents to Elasticsearch. Raises
    ``BackendUnavailable`` when Elasticsearch does not take them (the pending row stays)."""
    from .backends import elasticsearch_enabled

    pending = PendingIndexUpdate.objects.filter(page_id=page_id).first()
    generation = pending.generation if pending else None
    documents = page_documents_build(page_id=page_id)
    page_entries_replace(page_id=page_id, documents=documents)
    outcome = "database"
    if elasticsearch_enabled():
        from .backends.elastic import write_page

        outcome = write_page(page_id, documents)
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
    from .backends import BackendUnavailable

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
    context = BuildContext.load()
    for count, page in enumerate(searchable_pages().iterator(chunk_size=200), start=1):
        yield from page_documents(page, context)
        if on_page:
            on_page(count)


@transaction.atomic
def entries_rebuild(documents: list[dict]) -> int:
    """Replace the whole table in one transaction: readers see the old rows until the commit."""
    SearchEntryTerm.objects.all().delete()
    SearchEntry.objects.all().delete()
    entries_write(documents)
    return len(documents)


def index_rebuild(*, progress: Callable[[int, int], None] | None = None) -> dict:
    """The database table, then (when configured) new Elasticsearch indices swapped in atomically."""
    from .backends import elasticsearch_enabled

    started = timezone.now()
    total_pages = searchable_pages().count()
    documents = list(all_documents(on_page=(lambda n: progress(n, total_pages)) if progress else None))
    entries_rebuild(documents)
    report = {"pages": total_pages, "documents": len(documents), "database": len(documents)}
    if elasticsearch_enabled():
        from .backends import elastic

        report["aliases"] = elastic.rebuild(documents)
        # Changes that arrived while the indices were loading went to the old ones: redo them.
        changed = list(PendingIndexUpdate.objects.filter(updated_at__gte=started).values_list("page_id", flat=True))
        for page_id in changed:
            page_sync(page_id=page_id)
        PendingIndexUpdate.objects.filter(updated_at__lt=started).delete()
    else:
        PendingIndexUpdate.objects.all().delete()
    return report


def index_reconcile() -> dict:
    """Compare what should be indexed with the database table and with Elasticsearch, and repair
    any difference (missing, outdated or extra documents). Returns the counts repaired."""
    from .backends import elasticsearch_enabled

    started = timezone.now()
    expected = {(doc["page_id"], doc["language"]): doc for doc in all_documents()}
    report = {"expected": len(expected)}
    stored = {
        (page_id, language): version
        for page_id, language, version in SearchEntry.objects.values_list("page_id", "language", "version")
    }
    stale_pages = {key[0] for key, doc in expected.items() if stored.get(key) != doc["version"]}
    extra_pages = {key[0] for key in stored if key not in expected}
    with transaction.atomic():
        SearchEntry.objects.filter(page_id__in=stale_pages | extra_pages).delete()
        entries_write([doc for key, doc in expected.items() if key[0] in stale_pages])
    report["database_repaired"] = len(stale_pages | extra_pages)
    if elasticsearch_enabled():
        from .backends import elastic

        outdated: list[dict] = []
        extra = 0
        for language in LANGUAGE_CODES:
            indexed = elastic.indexed_versions(language)
            wanted = {key[0]: doc for key, doc in expected.items() if key[1] == language}
            outdated += [doc for page_id, doc in wanted.items() if indexed.get(page_id) != doc["version"]]
            surplus = [page_id for page_id in indexed if page_id not in wanted]
            if surplus:
                elastic.delete_documents(language, surplus)
            extra += len(surplus)
        if outdated:
            elastic.index_documents(outdated)
        report["elasticsearch_missing_or_outdated"] = len(outdated)
        report["elasticsearch_extra"] = extra
    PendingIndexUpdate.objects.filter(updated_at__lt=started).delete()
    return report
