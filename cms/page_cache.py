"""Whole-page caching for anonymous readers; a publish cools only the pages it can change.

Each cached copy stores the *versions* it was rendered against, and a hit compares them with the current
ones in one multi-get (the copy is stale as soon as one differs):

- ``generation``: the global counter, bumped by any change that may show anywhere (a snippet, a setting,
  reference data, a page at the top of the site or shown on every page: ``cms.page_dependencies``).
- ``shown:<id>`` for every page the response loaded while it was rendered (recorded automatically, see
  ``cms.page_dependencies``), bumped when that page is published, unpublished, moved or deleted.
- ``output:<id>`` for the page the response served, bumped when another page's change may change what it
  lists (``pages_to_cool``: its listings, ancestors, related items, the home page that features it).
- ``changes`` instead of ``output:`` for a response that is no Wagtail page (a form view under a language
  prefix): it is cooled by any change at all.

The database rows stay the truth (``PageCacheGeneration``, ``PageCacheVersion``). When the page cache's store is
shared (one Redis for every app server, as in production), copies of the versions live there too, and a cache
hit costs no database round trip: a bump updates the rows in one transaction, then overwrites the shared copies,
so every server sees it at once; a copy is only ever *added* from a row (never overwritten by a reader), so a
reader that read a row just before a bump cannot put the old value back. The copies of per-page versions expire
with the cached pages (``PORTAL_PAGE_CACHE_SECONDS``), so a copy that a bump failed to overwrite (Redis briefly
unreachable) is read again from its row at the latest then. A per-process store (``locmem://``, development and
tests) cannot carry a bump to other processes, so there the rows are read (two queries per hit). Optionally each
process also memoises its readings for ``PORTAL_PAGE_CACHE_GENERATION_MEMO_SECONDS`` (default 0: off), which
saves those round trips too at the price of other servers seeing a publish up to that long later (the bumping
process forgets its memo).

A render and a publish may overlap: the page is rendered with the old rows and the versions are read after the
bump. So the ``changes`` counter (bumped before every other version, in the same transaction) is read before
the render and again with the versions, and the copy is stored only if it did not move. Versions missing from
the shared store are read from their rows in one statement with the counter's row, and the copy is stored only
if that counter equals the shared one (else a row read could be newer than the counter read before it).

A hit costs one round trip to the shared store, whichever server stored the copy: each copy carries a *stamp*, the
shared ``changes`` counter and generation read before its versions were found current, and they are read with the
copy in one ``MGET`` (``read_copy``); while they still equal the stamp nothing was bumped since, and the copy's own
versions need not be read (``_stamp``: a bump writes ``changes`` in the same pipeline as the versions).
After a bump they differ, and the copy's versions are compared as before (read in the same ``MGET`` when this
process remembers which they are, else in a second round trip); a copy that is still current then gets the new
stamp, so that the next hits are one short ``MGET`` again. A page this process served lately costs none: it keeps
hot copies in memory until any server announces a bump (``cms.page_cache_local``); so does a page another process
stored lately: each stored copy is announced, and every other process fetches it (``fresh_copies``).

A copy's key also carries the release (``cms.release``): after an upgrade no server serves what the previous
code rendered, while the versions stay shared between releases.

Never cached: anything but GET/HEAD under a language prefix, requests of officers and editors (the staff
marker of ``cms.staff_marker``: the user bar) or with a pending flash message, responses rendered for a
signed-in user, responses that set cookies, non-200 responses, and responses marked private/no-store. A
signed-in investor is served the anonymous copy (``cms.staff_marker`` states the design).

Pages with a form (every project, opportunity and zone embeds the inquiry form) are cached too: the
CSRF token is cut out of the stored copy and a fresh token for the reader is put back in when the
copy is served, so the form also works without JavaScript (only copies that had a form get a token and the
CSRF cookie; a copy fetched by the frontend cache gets no token at all: cms/frontend_cache.py). This
middleware therefore sits just after ``CsrfViewMiddleware``, which reads the reader's CSRF cookie before and
sets it after.

Copies are stored compressed in an HTTP content coding (``PORTAL_PAGE_CACHE_COMPRESSION``: ``gzip``, the
default, ``brotli`` or ``none``) and a copy without a form is sent as it is stored to a reader that accepts that
coding (every browser and HTTP library accepts gzip): a hit then costs no decompression and sends a quarter of
the bytes. Measured on the demo (project detail 35 kB, listing 29 kB, home 9 kB): gzip level 6 keeps 26/19/31 %,
brotli quality 4 26/19/29 %, brotli 6 24/17/28 %; compressing takes 0.5–7 ms (once per miss), decompressing
0.3–0.6 ms (on a hit by a reader that does not accept the coding, or a brotli copy with a form). gzip is the
default because brotli's gain is a few per cent and browsers only ask for ``br`` over HTTPS. A gzip copy with a
form keeps its CSRF inputs as slots in the stream (``cms.gzip_slots``): a reader that accepts gzip gets it still
compressed with their token in each slot (the listing, 13 forms: 35.5 kB of HTML sent as 7.2 kB, against 6.0 kB
for the page gzipped whole; filling the slots takes 20 µs, decompressing and replacing took 50–80 µs).
"""

import gzip
import hashlib
import logging
import re
import sys
import threading
import time
from collections.abc import Iterable

import brotli
from django.conf import settings
from django.core.cache import caches
from django.db import connection, transaction
from django.db.models import F
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_vary_headers
from wagtail.models import Page

from cms.frontend_cache import frontend_cache_fetch
from cms.gzip_slots import SlottedGzip, compress_slotted, fits, gzip_filled, plain_filled
from cms.models import PageCacheGeneration, PageCacheVersion
from cms.page_cache_local import local_copies
from cms.page_dependencies import cools_everything, pages_to_cool, rendering
from cms.release import release
from cms.staff_marker import STAFF_COOKIE

logger = logging.getLogger(__name__)

PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
UNCACHED_SEGMENTS = ("/search/",)
# Django renders {% csrf_token %} as this input; the value is a 64-character masked token.
CSRF_INPUT = re.compile(rb'(<input type="hidden" name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}(">)')
CSRF_SLOT = b"@@portal-csrf-token@@"
MESSAGES_COOKIE = "messages"  # django.contrib.messages' cookie storage
# Recomputed when a copy is served (the content changes length with the token).
UNSTORED = {"x-page-cache", "content-length"}

GENERATION_KEY = "generation"  # its row is PageCacheGeneration; every other version is a PageCacheVersion row
CHANGES_KEY = "changes"
VERSION_PREFIX = "v:"  # shared copies of PageCacheVersion rows: "v:shown:12"
SERVED_PAGE_ATTRIBUTE = "_page_cache_page_id"  # set by the before_serve_page hook (cms.wagtail_hooks)
_memo: dict[str, tuple[int, float]] = {}  # this process's readings: key → (version, until)


def shown_key(page_id: int) -> str:
    return f"shown:{page_id}"


def output_key(page_id: int) -> str:
    return f"output:{page_id}"


def _store():
    return caches[settings.PORTAL_PAGE_CACHE_ALIAS]


def _store_is_shared(store) -> bool:
    return "locmem" not in type(store).__module__


def _copy_seconds() -> int:
    """How long a shared copy of a per-page version lives: as long as the pages cached against it."""
    return max(settings.PORTAL_PAGE_CACHE_SECONDS, 60)


def _shared_name(key: str) -> str:
    return key if key == GENERATION_KEY else VERSION_PREFIX + key


def _rows(keys: list[str]) -> dict[str, int]:
    """The versions in the database (a missing row is version 0); the generation first, then the others in one
    statement (a bump changes them in one transaction, so a newer generation implies newer others)."""
    found = {}
    if GENERATION_KEY in keys:
        found[GENERATION_KEY] = _stored_generation()
    others = [key for key in keys if key != GENERATION_KEY]
    if others:
        stored = dict(PageCacheVersion.objects.filter(key__in=others).values_list("key", "version"))
        found.update({key: stored.get(key, 0) for key in others})
    return found


def read_versions(
    keys: Iterable[str], *, fresh: bool = False, prefetched: dict[str, int] | None = None
) -> tuple[dict[str, int], bool]:
    """``({key: version}, complete)``: the memo (unless ``fresh``), else the shared copies, else the rows.
    ``complete``: the readings form one snapshot (the ``changes`` counter of the shared copies is the rows').
    ``prefetched``: shared copies already read (``{key: version}``, in the round trip that read the cached
    copy), taken before the memo and not read again."""
    keys = list(dict.fromkeys(keys))
    now = time.monotonic()
    found: dict[str, int] = {key: prefetched[key] for key in keys if prefetched and key in prefetched}
    if not fresh:
        for key in keys:
            memo = _memo.get(key)
            if key not in found and memo is not None and now < memo[1]:
                found[key] = memo[0]
    missing = [key for key in keys if key not in found]
    complete = True
    if missing:
        store = _store()
        if _store_is_shared(store):
            names = {_shared_name(key): key for key in missing}
            copies = store.get_many(list(names))
            found.update({names[name]: value for name, value in copies.items()})
            unshared = [key for key in missing if key not in found]
            if unshared:
                # Read with the missing rows, in the same statement, the ``changes`` counter as the rows have it:
                # a row newer than the shared copies shows as a counter that moved (see the module docstring).
                counted = CHANGES_KEY in keys and CHANGES_KEY not in unshared
                rows = _rows([*unshared, CHANGES_KEY] if counted else unshared)
                if counted and rows[CHANGES_KEY] != found[CHANGES_KEY]:
                    complete = False
                for key in unshared:
                    timeout = None if key == GENERATION_KEY else _copy_seconds()
                    store.add(_shared_name(key), rows[key], timeout)
                found.update(rows)
        else:
            found.update(_rows(missing))
        memo_seconds = settings.PORTAL_PAGE_CACHE_GENERATION_MEMO_SECONDS
        if memo_seconds > 0:
            for key in missing:
                _memo[key] = (found[key], now + memo_seconds)
    return found, complete


_entry_keys: dict[str, tuple[str, ...]] = {}  # this process's knowledge: cached copy's key → its versions' keys
# Copies whose version keys a process remembers: the key strings are interned (shared by every copy that names
# them), so an entry is its copy's key and a tuple, 300-500 bytes with the dict's slot; 10,000 stay under 5 MB.
ENTRY_KEYS_REMEMBERED = 10_000


def _remember_entry_keys(entry_key: str, keys: Iterable[str]) -> None:
    keys = tuple(sys.intern(key) for key in keys)
    if _entry_keys.get(entry_key) == keys:
        return
    if len(_entry_keys) >= ENTRY_KEYS_REMEMBERED:
        _entry_keys.pop(next(iter(_entry_keys), None), None)  # the oldest learnt (threads may race: no error)
    _entry_keys[entry_key] = keys


STAMP_KEYS = (CHANGES_KEY, GENERATION_KEY)  # a copy's stamp: their shared values when its versions were last valid


def read_copy(store, entry_key: str) -> tuple[object | None, dict[str, int]]:
    """``(cached copy or None, {key: version})``: the copy, and in the same round trip (one ``MGET``) the shared
    ``changes`` counter and generation (the copy's stamp, ``_stamp``) and the shared copies of the
    versions it was checked against when this process last checked them, so that a hit costs one round trip,
    not two. The versions are read at the same instant as the copy."""
    if not _store_is_shared(store):
        return store.get(entry_key), {}
    keys = dict.fromkeys((*STAMP_KEYS, *_entry_keys.get(entry_key, ())))
    names = {_shared_name(key): key for key in keys}
    found = store.get_many([entry_key, *names])
    cached = found.pop(entry_key, None)
    return cached, {names[name]: value for name, value in found.items()}


def _stamp(prefetched: dict[str, int]) -> tuple[int, int] | None:
    """The stamp the shared values read with a copy make (``None`` when one of them was not in the store).

    A copy's stamp is the ``changes`` counter and the generation read *before* its versions were last found
    current. Every bump writes the counter in the same pipeline as the per-page versions (and the generation
    after), so while the values read with the copy equal its stamp nothing was bumped since, and its own versions
    need not be read: on a shared store a hit is then one ``MGET`` of three keys, whichever process stored it."""
    if all(key in prefetched for key in STAMP_KEYS):
        return tuple(prefetched[key] for key in STAMP_KEYS)
    return None


def fresh_copies(keys: list[str]) -> dict[str, object]:
    """The copies among ``keys`` that a reader would serve without reading their versions (their stamp is the
    shared one, ``_stamp``), in one round trip: what a process fetches when another announces them
    (``cms.page_cache_local``)."""
    store = _store()
    stamp_names = {_shared_name(key): key for key in STAMP_KEYS}
    found = store.get_many([*keys, *stamp_names])
    stamp = _stamp({key: found[name] for name, key in stamp_names.items() if name in found})
    if stamp is None:
        return {}
    copies = {key: found[key] for key in keys if key in found}
    return {key: copy for key, copy in copies.items() if len(copy) > 5 and copy[5] == stamp}


def listen_for_copies() -> None:
    """Starts this process's listener (``cms.page_cache_local``) now rather than with its first cacheable request,
    when the store is shared: an app server's worker as it starts (deploy/gunicorn.conf.py)."""
    store = _store()
    if settings.PORTAL_PAGE_CACHE_SECONDS > 0 and _store_is_shared(store):
        local_copies.listen(store, fetch=fresh_copies)


def copy_key(host: str, full_path: str) -> str:
    """The shared store's key of a page's copy; it carries the release: no copy made by another release's code."""
    digest = hashlib.sha256(full_path.encode()).hexdigest()[:32]
    return f"page:{release()}:{host}:{digest}"


def _announce_after_answer(response, store, entry_key: str) -> None:
    """Announces the stored copy to the other processes once the answer has gone out (the WSGI server calls
    ``close()`` after the last byte): the reader does not wait for the round trip."""
    close = response.close

    def announce_then_close():
        try:
            local_copies.announce_stored(store, entry_key)
        finally:
            close()

    response.close = announce_then_close


def _stored_generation() -> int:
    row = PageCacheGeneration.objects.filter(pk=1).values_list("generation", flat=True).first()
    return row or 0


def current_generation() -> int:
    """The global page-cache generation: the local memo, else the shared copy, else the database row."""
    return read_versions([GENERATION_KEY])[0][GENERATION_KEY]


def content_version() -> str:
    """Changes whenever anything public changes (a page or the generation): for caches of derived documents."""
    versions, _complete = read_versions([GENERATION_KEY, CHANGES_KEY])
    return f"{versions[GENERATION_KEY]}.{versions[CHANGES_KEY]}"


def forget_generation_memo() -> None:
    _memo.clear()


# Bumping ---------------------------------------------------------------------------------------------------

_pending = threading.local()


def _pending_state():
    if not hasattr(_pending, "pages"):
        _pending.pages, _pending.keys, _pending.everything = set(), set(), False
    return _pending


def _bump(keys: set[str], *, everything: bool) -> None:
    """Bumps ``changes`` first, then ``keys`` (and the generation), in one transaction; then the shared copies."""
    keys = {CHANGES_KEY, *keys}
    table = PageCacheVersion._meta.db_table
    ordered = [CHANGES_KEY, *sorted(keys - {CHANGES_KEY})]
    with transaction.atomic():
        with connection.cursor() as cursor:
            values = ", ".join(["(%s, 1)"] * len(ordered))
            cursor.execute(
                f"INSERT INTO {table} (key, version) VALUES {values} "  # noqa: S608 (the table name is ours)
                f"ON CONFLICT (key) DO UPDATE SET version = {table}.version + 1 RETURNING key, version",
                ordered,
            )
            bumped = dict(cursor.fetchall())
        generation = None
        if everything:
            updated = PageCacheGeneration.objects.filter(pk=1).update(generation=F("generation") + 1)
            if not updated:
                PageCacheGeneration.objects.get_or_create(pk=1, defaults={"generation": 2})
            generation = _stored_generation()
    store = _store()
    if _store_is_shared(store):
        # ``changes`` first and in the same pipeline as the per-page versions (one write: they reach Redis
        # together), so that a copy's stamp (``_stamp``) never stays while a version it names moved.
        store.set_many({_shared_name(key): bumped[key] for key in ordered}, _copy_seconds())
        if generation is not None:
            store.set(GENERATION_KEY, generation, None)
        local_copies.announce(store)  # after the shared versions: a listener that forgets reads the new ones
    forget_generation_memo()


def _flush() -> None:
    """Runs after the commit: computes what the pending changes cool (from the committed rows) and bumps it."""
    state = _pending_state()
    pages, keys, everything = state.pages, state.keys, state.everything
    state.pages, state.keys, state.everything = set(), set(), False
    if not (pages or keys or everything):
        return
    from_pages = set()
    for page in _live_pages(pages):
        everything = everything or cools_everything(page)
        from_pages |= {output_key(page_id) for page_id in pages_to_cool(page)}
    _bump(keys | from_pages | {shown_key(page_id) for page_id in pages}, everything=everything)


def _live_pages(page_ids: set[int]):
    return Page.objects.filter(pk__in=page_ids).specific() if page_ids else []


def _schedule() -> None:
    transaction.on_commit(_flush)  # a rolled-back change is cooled with the next commit (harmless)


def cool_page(page_id: int) -> None:
    """After the commit: page ``page_id`` and every page it can change (computed then, from the new rows)."""
    _pending_state().pages.add(page_id)
    _schedule()


def cool_before_change(page) -> None:
    """Now, before the change is written: what ``page`` can change as the rows are, bumped after the commit
    (a relation the change drops: the pages that listed it through that relation)."""
    state = _pending_state()
    state.keys |= {output_key(page_id) for page_id in pages_to_cool(page)}
    state.everything = state.everything or cools_everything(page)
    _schedule()


def cool_shown(page_ids: Iterable[int]) -> None:
    """After the commit: every cached page that showed one of ``page_ids`` (their addresses changed)."""
    _pending_state().keys.update(shown_key(page_id) for page_id in page_ids)
    _schedule()


def bump_generation(**_kwargs) -> None:
    """Invalidates every cached page (run after the surrounding transaction commits)."""
    _pending_state().everything = True
    _schedule()


# Serving ---------------------------------------------------------------------------------------------------


def _compress(content: bytes) -> tuple[str, bytes | SlottedGzip]:
    """``(content coding, copy)``: the copy as stored, in an HTTP content coding (``gzip``, ``br``) so that
    it can be sent as it is to a reader that accepts it; a gzip copy with CSRF slots keeps them as slots
    (``cms.gzip_slots``), so that it is sent compressed with each reader's token too."""
    codec = settings.PORTAL_PAGE_CACHE_COMPRESSION
    if codec == "gzip" and CSRF_SLOT in content:
        return "gzip", compress_slotted(content.split(CSRF_SLOT))
    if codec == "brotli":
        return "br", brotli.compress(content, quality=4)
    if codec == "gzip":
        return "gzip", gzip.compress(content, compresslevel=6, mtime=0)
    return "", content


def _decompress(codec: str, content: bytes) -> bytes:
    if codec == "br":
        return brotli.decompress(content)
    if codec == "gzip":
        return gzip.decompress(content)
    return content


def _accepts(request, codec: str) -> bool:
    return bool(codec) and re.search(rf"\b{codec}\b", request.headers.get("Accept-Encoding", "")) is not None


def _cacheable_request(request) -> bool:
    return (
        settings.PORTAL_PAGE_CACHE_SECONDS > 0
        and request.method in {"GET", "HEAD"}
        and request.path.startswith(PREFIXES)
        and not any(segment in request.path for segment in UNCACHED_SEGMENTS)
        and STAFF_COOKIE not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
    )


def _cacheable_response(request, response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
        and not getattr(request, "is_preview", False)
        and not getattr(getattr(request, "user", None), "is_authenticated", False)
    )


def _dependencies(request, recording) -> list[str]:
    page_id = getattr(request, SERVED_PAGE_ATTRIBUTE, None)
    if page_id is None:  # not a Wagtail page: any change may show on it
        return [GENERATION_KEY, CHANGES_KEY]
    return [GENERATION_KEY, output_key(page_id), *(shown_key(shown_id) for shown_id in sorted(recording.page_ids))]


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        store = _store()
        entry_key = copy_key(request.get_host(), request.get_full_path())
        shared = _store_is_shared(store)
        if shared:
            local_copies.listen(store, fetch=fresh_copies)
            kept = local_copies.get(entry_key)
            if kept is not None:  # this process served it lately and no server has bumped anything since
                return self._serve(request, *kept[:4])
        epoch = local_copies.epoch()  # before the versions are read: a bump announced after them moves it
        cached, prefetched = read_copy(store, entry_key)
        if cached is not None:
            codec, content, headers, has_form, versions, *stamped = cached
            stamp = stamped[0] if stamped else None  # a copy stored by code before stamps: checked as before
            restamp = _stamp(prefetched)  # read with the copy, before any version below
            fresh = shared and stamp is not None and restamp == stamp  # nothing bumped since it was found current
            restamped = False
            if not fresh:
                current, complete = read_versions(versions, prefetched=prefetched)
                _remember_entry_keys(entry_key, versions)
                fresh = current == versions
                if fresh and shared and complete and restamp is not None and restamp != stamp:
                    cached = (codec, content, headers, has_form, versions, restamp)
                    store.set(entry_key, cached, settings.PORTAL_PAGE_CACHE_SECONDS)  # later hits: one MGET
                    restamped = True
            if fresh:
                response = self._serve(request, codec, content, headers, has_form)
                if shared:
                    local_copies.put(entry_key, cached, epoch)
                    if restamped:
                        _announce_after_answer(response, store, entry_key)
                return response
        before = read_versions(STAMP_KEYS if shared else [CHANGES_KEY], fresh=True)[0]  # per process: no stamps
        changes_before = before[CHANGES_KEY]
        with rendering() as recording:
            response = self.get_response(request)
        if _cacheable_response(request, response):
            content, slots = CSRF_INPUT.subn(rb"\1" + CSRF_SLOT + rb"\2", response.content)
            all_cut = content.count(b"csrfmiddlewaretoken") == slots  # no token left that the pattern missed
            if all_cut and not response.has_header("Content-Encoding"):
                keys = _dependencies(request, recording)
                versions, complete = read_versions([*keys, CHANGES_KEY], fresh=True)
                if complete and versions[CHANGES_KEY] == changes_before:  # no bump overlapped the render
                    headers = [(name, value) for name, value in response.items() if name.lower() not in UNSTORED]
                    codec, packed = _compress(content)
                    stamp = (changes_before, before[GENERATION_KEY]) if shared else None
                    entry = (codec, packed, headers, slots > 0, {key: versions[key] for key in keys}, stamp)
                    store.set(entry_key, entry, settings.PORTAL_PAGE_CACHE_SECONDS)
                    _remember_entry_keys(entry_key, keys)
                    if shared:
                        local_copies.put(entry_key, entry, epoch)
                        if stamp is not None:
                            _announce_after_answer(response, store, entry_key)
                    if codec:
                        patch_vary_headers(response, ("Accept-Encoding",))  # its hits depend on it
                    response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _serve(request, codec: str, content: bytes | SlottedGzip, headers, has_form: bool) -> HttpResponse:
        """The stored copy: as stored to a reader that accepts its coding (no work at all), else decompressed.
        A copy with a form gets the reader's CSRF token in each slot: a gzip one, still compressed for a reader
        that accepts gzip (``cms.gzip_slots``); another, once decompressed."""
        encoded = _accepts(request, codec)
        if has_form:  # a copy for Varnish gets no token (cms/frontend_cache.py)
            reader_token = b"" if frontend_cache_fetch(request) else get_token(request).encode()
            if isinstance(content, SlottedGzip):
                encoded = encoded and fits(content, reader_token)  # a copy for Varnish: empty slots, unencoded
                content = gzip_filled(content, reader_token) if encoded else plain_filled(content, reader_token)
            else:
                encoded = False
                content = _decompress(codec, content).replace(CSRF_SLOT, reader_token)
        elif not encoded:
            content = _decompress(codec, content)
        response = HttpResponse(content if request.method == "GET" else b"")
        for name, value in headers:
            response[name] = value
        if encoded:
            response["Content-Encoding"] = codec
        if codec:
            patch_vary_headers(response, ("Accept-Encoding",))
        response["X-Page-Cache"] = "hit"
        return response
