"""Hot pages kept in each app server's memory, forgotten the moment any server publishes (``cms.page_cache``).

With a shared store (Redis), a page-cache hit costs one round trip: the copy and its versions in one ``MGET``
(0.26–0.31 ms of a 0.48–0.66 ms hit in process, measured on the demo's home and listing). Each process also keeps
the copies it has served lately (``PORTAL_PAGE_CACHE_LOCAL_COPIES``, most recently used; 0: none) and serves them
without asking Redis, for as long as it is *listening*: subscribed to the store's bump channel, on which every
bump (``page_cache._bump``, any server) is announced after the shared versions are written. Each such announcement
makes every listening process forget all its copies (publishes are rare; a page is read back from Redis once per
process after one). The listener is a daemon thread per process, started as a gunicorn worker starts
(``page_cache.listen_for_copies``, deploy/gunicorn.conf.py), else with the first cacheable request.

A copy one process stores in the shared store (a miss, or a copy found still current after a bump) is announced on
the same channel (``announce_stored``), once the answer has gone out; every other listening process then fetches
it (one ``MGET`` for every copy announced meanwhile, with the shared ``changes`` counter and generation) and keeps
it if its stamp is still theirs, as a reader would (``cms.page_cache.fresh_copies``). A page's first reader in a
process is then served from memory too, not only its second: on an idle server a round trip to Redis costs more
than the rest of a hit (0.4–0.6 ms of a 1.1 ms hit in gunicorn, measured on the demo).

Why a copy served from memory is never older than one the shared store would give:
- copies are only kept while listening, and the moment the subscription is confirmed, lost, or a bump's
  announcement arrives, every copy is forgotten and the *epoch* moves; a copy validated (versions read) under an
  earlier epoch is not kept, so a reader that validated a copy just before a bump cannot keep it past the
  announcement;
- a hit first checks, without blocking, that the subscription's socket holds nothing unread (an announcement the
  listener thread has not yet taken, or a closed connection): if it does, the copy is not used;
- a kept copy is used for at most ``PORTAL_PAGE_CACHE_LOCAL_SECONDS`` (default 30): should an announcement ever be
  lost on a connection that still looks alive, the copy is stale that long at worst;
- a fetched copy follows the same rule: the epoch is read before the copy and its stamp are, and the listener
  takes every waiting message (bumps first) before it fetches, so that no bump waits unread behind a fetch.
The window left is the announcement's transit: a reader arriving at another server between the bump's write to
Redis and the announcement's arrival there (microseconds on one network) is served the copy it would have been
served a moment earlier. A shared store emptied by hand (``FLUSHDB``) announces nothing: copies kept in memory
then live out their ``PORTAL_PAGE_CACHE_LOCAL_SECONDS``.
"""

import contextlib
import functools
import logging
import os
import select
import socket
import threading
import time
from collections import OrderedDict

from django.conf import settings

logger = logging.getLogger(__name__)

CHANNEL = "page-cache-bumps"  # made a store key (``store.make_key``): the store's prefix keeps sites apart
BUMP = b"bump"  # any message but a STORED one makes every listener forget all its copies
STORED = b"stored "  # b"stored <origin> <copy's key>": a copy another process has just put in the shared store
FETCH_AT_ONCE = 50  # copies announced meanwhile fetched in one MGET (the newest, when more were announced)
RETRY_SECONDS = (0.5, 1, 2, 5, 10)  # waits before subscribing again after 1, 2, … failures (the last one repeated)
PING_EVERY = 10.0  # seconds without a message after which the listener pings (a dead connection shows)


def _redis(store):
    """The redis-py client behind a django-redis store; ``None`` for any other store."""
    client = getattr(store, "client", None)
    get_client = getattr(client, "get_client", None)
    return get_client(write=True) if get_client is not None else None


class LocalCopies:
    """This process's hot copies and the thread that listens for bumps."""

    def __init__(self):
        self._lock = threading.Lock()
        self._copies: OrderedDict[str, tuple[float, object]] = OrderedDict()  # entry key → (until, copy)
        self._epoch = 0
        self._listening = False
        self._socket = None  # the subscription's socket, polled (never read) by readers
        self._target = None  # (process, Redis, channel) of the running listener: a forked child starts its own
        self._failures = 0  # subscriptions lost or refused in a row
        self._retry_at = 0.0  # no new listener before this (monotonic): a Redis outage is not a thread per request

    # -- reading and keeping ------------------------------------------------------------------------------------

    def epoch(self) -> int:
        return self._epoch

    def holds(self, key: str) -> bool:
        with self._lock:
            return key in self._copies

    def get(self, key: str):
        if not self._listening or self._unread():
            return None
        with self._lock:
            found = self._copies.get(key)
            if found is None:
                return None
            if found[0] < time.monotonic():
                del self._copies[key]
                return None
            self._copies.move_to_end(key)
            return found[1]

    def put(self, key: str, copy, epoch: int) -> None:
        """Keeps ``copy`` if nothing was forgotten since ``epoch`` was read (before the copy's versions were)."""
        limit = settings.PORTAL_PAGE_CACHE_LOCAL_COPIES
        if limit <= 0:
            return
        with self._lock:
            if not self._listening or epoch != self._epoch:
                return
            self._copies[key] = (time.monotonic() + settings.PORTAL_PAGE_CACHE_LOCAL_SECONDS, copy)
            self._copies.move_to_end(key)
            while len(self._copies) > limit:
                self._copies.popitem(last=False)

    def forget(self) -> None:
        with self._lock:
            self._copies.clear()
            self._epoch += 1

    def _unread(self) -> bool:
        """Whether the subscription's socket holds something the listener has not taken yet."""
        sock = self._socket
        if sock is None:
            return True
        try:
            readable, _writable, _errors = select.select([sock], [], [], 0)
        except (OSError, ValueError):
            return True
        return bool(readable)

    # -- announcing and listening ----------------------------------------------------------------------------------

    def announce(self, store) -> None:
        """Tells every listening process (this one too) that versions changed; this process forgets at once."""
        self.forget()
        client = _redis(store)
        if client is None:
            return
        try:
            client.publish(store.make_key(CHANNEL), BUMP)
        except Exception:  # noqa: BLE001 (an unreachable Redis: the listeners lost their subscription too)
            logger.warning("page cache: could not announce a bump", exc_info=True)

    def announce_stored(self, store, key: str) -> None:
        """Tells the other listening processes that the copy ``key`` was just put in the shared store."""
        client = _redis(store)
        if client is None or settings.PORTAL_PAGE_CACHE_LOCAL_COPIES <= 0:
            return
        try:
            client.publish(store.make_key(CHANNEL), b"%s%s %s" % (STORED, _origin(), key.encode()))
        except Exception:  # noqa: BLE001 (only an optimisation: the others read it from the store)
            logger.warning("page cache: could not announce a stored copy", exc_info=True)

    def listen(self, store, fetch=None) -> None:
        """Starts this process's listener for ``store`` unless it runs (cheap: called on every cacheable request).
        Another store (the settings changed) gets a listener of its own; the previous one stops. ``fetch(keys)``:
        the copies among ``keys`` still current in the store (``{key: copy}``), for copies other processes
        announce; ``None``: they are not fetched."""
        if settings.PORTAL_PAGE_CACHE_LOCAL_COPIES <= 0:
            return
        client = _redis(store)
        if client is None:
            return
        target = (os.getpid(), repr(client.connection_pool), store.make_key(CHANNEL))
        if self._target == target or time.monotonic() < self._retry_at:
            return
        with self._lock:
            if self._target == target or time.monotonic() < self._retry_at:
                return
            self._target, self._listening, self._socket = target, False, None
            self._copies.clear()
            self._epoch += 1
        threading.Thread(
            target=self._run, args=(client, target, fetch), name="page-cache-listener", daemon=True
        ).start()

    def _set_listening(self, target: tuple, listening: bool, sock=None) -> bool:
        """``False`` when ``target`` is no longer this process's listener (its thread then stops)."""
        with self._lock:
            if self._target != target:
                return False
            self._listening, self._socket = listening, sock
            self._copies.clear()
            self._epoch += 1
            return True

    def _run(self, client, target: tuple, fetch) -> None:
        """Listens until the subscription fails or another listener replaces this one; after a failure the next
        cacheable request (once ``RETRY_SECONDS`` have passed) starts a new listener: no thread retries alone."""
        pubsub = client.pubsub()
        listened = False
        try:
            pubsub.subscribe(target[2])
            quiet_since = time.monotonic()
            while self._target == target:
                message = pubsub.get_message(timeout=PING_EVERY)
                if message is None:
                    if time.monotonic() - quiet_since >= PING_EVERY:
                        pubsub.ping()  # its answer arrives as a message; none at all: the read below fails
                        quiet_since = time.monotonic()
                    continue
                quiet_since = time.monotonic()
                if message["type"] == "subscribe":
                    listened = self._set_listening(target, True, pubsub.connection._sock)
                    self._failures = 0
                elif message["type"] == "message":
                    self._take(pubsub, message, fetch)
        except Exception as exc:  # noqa: BLE001 (Redis gone or restarted: no copies until subscribed again)
            if self._set_listening(target, False):
                with self._lock:
                    self._target = None
                    self._retry_at = time.monotonic() + RETRY_SECONDS[min(self._failures, len(RETRY_SECONDS) - 1)]
                    self._failures += 1
                if listened:
                    logger.warning("page cache: bump channel lost (%s); pages come from the shared store", exc)
        finally:
            with contextlib.suppress(Exception):  # closing a broken connection
                pubsub.close()

    def _take(self, pubsub, message, fetch) -> None:
        """``message`` and every other one already waiting: a bump makes this process forget at once; then the
        copies the others announced are fetched (after the bumps: none waits behind a fetch, unseen by readers)."""
        announced = []
        while message is not None:
            data = message["data"] if message["type"] == "message" else b""
            if data.startswith(STORED):
                origin, _space, key = data.removeprefix(STORED).partition(b" ")
                if origin != _origin():
                    announced.append(key.decode())
            elif message["type"] == "message":
                self.forget()
            message = pubsub.get_message(timeout=0)
        wanted = [key for key in dict.fromkeys(reversed(announced)) if not self.holds(key)][:FETCH_AT_ONCE]
        if not wanted or fetch is None:
            return
        epoch = self._epoch  # before the copies and their stamps are read: a bump processed after moves it
        try:
            fetched = fetch(wanted)
        except Exception:  # noqa: BLE001 (only an optimisation: the readers read them from the store)
            logger.warning("page cache: could not fetch announced copies", exc_info=True)
            return
        for key, copy in fetched.items():
            self.put(key, copy, epoch)


def _origin() -> bytes:
    """This process among every app server's (a process's own announcements are not fetched back)."""
    return _origin_of(os.getpid())


@functools.cache
def _origin_of(pid: int) -> bytes:
    return f"{socket.gethostname()}:{pid}".encode()


local_copies = LocalCopies()
