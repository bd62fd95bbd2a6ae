"""A read that loses a real PostgreSQL deadlock is run once more and answers 200; a write is not retried.

Two requests run, through the whole middleware stack, a view that updates two rows in opposite orders inside
a transaction, meeting at a barrier so that each holds the row the other wants: PostgreSQL aborts one of them
with ``deadlock detected`` (40P01). ``cms.conflict_retry`` runs the aborted GET again (200, the view ran twice
on that side); the same conflict in a POST stays a 500, as does any other database error in a GET.
"""

import threading

import pytest
from django.db import connection, transaction
from django.http import HttpResponse
from django.test import Client
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from cms.models import PageCacheVersion

# Not ``transaction=True`` (its flush would empty the suite's demo database): the test's own transaction is
# never used; every query runs in a thread of its own, on its own connection, and commits.
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent transactions"),
    pytest.mark.urls(__name__),
]

KEYS = ("conflict-test-a", "conflict-test-b")


class Meeting:
    """Each side's first run: lock its first row, wait for the other side, then want the other's row."""

    def __init__(self):
        self.barrier = threading.Barrier(2, timeout=20)
        self.runs: dict[str, int] = {"forward": 0, "backward": 0}
        self.lock = threading.Lock()

    def run(self, side: str) -> None:
        with self.lock:
            self.runs[side] += 1
            first_run = self.runs[side] == 1
        order = KEYS if side == "forward" else tuple(reversed(KEYS))
        with transaction.atomic():
            PageCacheVersion.objects.filter(key=order[0]).update(version=1)
            if first_run:
                self.barrier.wait()
            PageCacheVersion.objects.filter(key=order[1]).update(version=2)


meeting: Meeting | None = None


@csrf_exempt
def crossing_updates(request, side: str):
    meeting.run(side)
    return HttpResponse("done")


duplicate_runs: list[str] = []


def duplicate_key(request):
    duplicate_runs.append(request.method)
    PageCacheVersion.objects.create(key=KEYS[0])
    return HttpResponse("unreachable")


urlpatterns = [
    path("crossing/<str:side>/", crossing_updates),
    path("duplicate/", duplicate_key),
]


def _both(method: str) -> dict[str, int]:
    """Both sides at once (each thread its own connection); ``{side: status}``."""
    statuses: dict[str, int] = {}

    def send(side: str) -> None:
        try:
            client = Client(raise_request_exception=False)
            response = getattr(client, method)(f"/crossing/{side}/")
            statuses[side] = response.status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=(side,)) for side in ("forward", "backward")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    return statuses


def _in_thread(work) -> None:
    """``work()`` on a connection of its own, committed (outside the test's transaction)."""
    errors = []

    def run():
        try:
            work()
        except Exception as exc:  # re-raised in the test's thread
            errors.append(exc)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive() and not errors, errors


@pytest.fixture
def rows():
    global meeting
    meeting = Meeting()
    _in_thread(lambda: PageCacheVersion.objects.bulk_create([PageCacheVersion(key=key) for key in KEYS]))
    yield
    _in_thread(lambda: PageCacheVersion.objects.filter(key__in=KEYS).delete())


def test_a_read_that_lost_a_deadlock_runs_again(rows):
    statuses = _both("get")
    assert statuses == {"forward": 200, "backward": 200}
    assert sorted(meeting.runs.values()) == [1, 2]  # the deadlock's victim ran once more, the other once


def test_a_write_that_lost_a_deadlock_is_not_run_again(rows):
    statuses = _both("post")
    assert sorted(statuses.values()) == [200, 500]
    assert meeting.runs == {"forward": 1, "backward": 1}


def test_other_database_errors_in_a_read_are_not_retried(rows):
    duplicate_runs.clear()
    statuses = []
    _in_thread(lambda: statuses.append(Client(raise_request_exception=False).get("/duplicate/").status_code))
    assert statuses == [500]
    assert duplicate_runs == ["GET"]
