"""A read that lost a deadlock or a serialization conflict is run once more instead of answering 500.

PostgreSQL resolves a deadlock by aborting one of the transactions involved (SQLSTATE ``40P01``) and a
serialization conflict by failing one (``40001``); the other goes on. Both are transient: the same work run
again a moment later, after the other transaction has ended, succeeds. A reader can meet one without any
fault in the code: two renders of a page whose image renditions are not made yet (a publish the worker has
not caught up with, a new image size after a deploy) each insert the same renditions, and Wagtail inserts them
in the order its threads finish resizing, so each may hold the row the other waits for (seen by the
database-restart fault test as a 500 on a project page).

This middleware (below ``DatabaseUnavailableMiddleware``, above everything that queries) runs a safe request
(GET, HEAD, OPTIONS: it changes nothing the reader asked to change) once more when such a conflict failed it,
wherever it happened (in a middleware, the view or its template). A conflict in the retry, or in any other
request (a POST may have written before it failed: the inquiry API's ``Idempotency-Key`` lets the client retry
it safely), stays the 500 it is, logged. Deadlocks in code the portal writes itself are avoided by taking
locks in one order (e.g. ``cms.renditions.renditions_generate`` inserts one rendition per statement).
"""

import logging
import sys

from django.core.signals import got_request_exception
from django.db import DatabaseError

logger = logging.getLogger(__name__)

CONFLICT_SQLSTATES = ("40P01", "40001")  # deadlock_detected, serialization_failure
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
REQUEST_FLAG = "_portal_transient_conflict"


def is_transient_conflict(exc: BaseException | None) -> bool:
    """Whether ``exc`` is a deadlock or serialization failure the database resolved by failing this side."""
    if not isinstance(exc, DatabaseError):
        return False
    return getattr(exc.__cause__, "sqlstate", None) in CONFLICT_SQLSTATES


def _mark_request(sender, request=None, **kwargs) -> None:
    exc = sys.exc_info()[1]
    if request is not None and is_transient_conflict(exc):
        setattr(request, REQUEST_FLAG, exc)


got_request_exception.connect(_mark_request, dispatch_uid="portal-transient-conflict")


class ConflictRetryMiddleware:
    """Runs a safe request once more when a deadlock or serialization failure turned it into a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        exc = getattr(request, REQUEST_FLAG, None)
        if exc is None or response.status_code != 500 or request.method not in SAFE_METHODS:
            return response
        delattr(request, REQUEST_FLAG)
        logger.warning(
            "Transient database conflict, running %s %s again: %s",
            request.method,
            request.path,
            str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__,
        )
        return self.get_response(request)
