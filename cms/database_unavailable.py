"""A lost database connection answers 503 with ``Retry-After``, never 500.

While PostgreSQL restarts (or is unreachable), a request that needs it fails with an
``OperationalError`` or ``InterfaceError``. This middleware turns those failures, and only those
(not integrity or programming errors, which stay 500s), into a short, translated 503:
``{"errors": {"__all__": [message]}}`` for the API and for clients that prefer JSON, a standalone
HTML page (``templates/503.html``, which needs no database) otherwise.

Failures are caught wherever they happen:

- in a view or while its template renders: ``process_exception`` answers directly;
- in a middleware below this one (the page cache's generation query, the session, a redirect lookup
  on 404) or in the 404 handler: Django has already turned the exception into a 500 response before
  it reaches us, so a ``got_request_exception`` receiver marks the request and ``__call__`` replaces
  that 500 with the 503.

Nothing is half-written: every write that matters (an inquiry with its timeline, outbox and task rows)
runs in one ``transaction.atomic``, which the database rolls back when the connection is lost.
Recovery needs nothing either: the broken connection is closed here, and the next query opens a new one.
"""

import json
import logging
import sqlite3
import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError, connections
from django.http import HttpResponse, JsonResponse, RawPostDataException
from django.template.loader import get_template
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 5
REQUEST_FLAG = "_portal_database_unavailable"
JSON_BODY_LIMIT = 64 * 1024

# SQLSTATE classes that mean "the server cannot be reached or cannot serve now": connection exception
# (08), insufficient resources such as too many connections (53), operator intervention such as an
# administrator shutdown or "the database system is starting up" (57P). Deadlocks (40), lock and
# statement timeouts (55P03, 57014) are not connection failures and stay 500s.
UNAVAILABLE_SQLSTATES = ("08", "53", "57P")
# SQLite has no SQLSTATE; these messages mean the file is busy or unreachable, not a wrong query.
SQLITE_UNAVAILABLE = ("database is locked", "unable to open database", "disk i/o error")


def is_database_unavailable(exc: BaseException | None) -> bool:
    """Whether ``exc`` means the database cannot be reached (a connection-level failure)."""
    if isinstance(exc, InterfaceError):
        return True
    if not isinstance(exc, OperationalError):
        return False
    cause = exc.__cause__
    if isinstance(cause, sqlite3.OperationalError):
        message = str(cause).lower()
        return any(text in message for text in SQLITE_UNAVAILABLE)
    sqlstate = getattr(cause, "sqlstate", None)
    if sqlstate:
        return sqlstate.startswith(UNAVAILABLE_SQLSTATES)
    # No SQLSTATE: the driver itself failed (connection refused, closed, lost or timed out).
    return True


def _mark_request(sender, request=None, **kwargs) -> None:
    exc = sys.exc_info()[1]
    if request is not None and is_database_unavailable(exc):
        setattr(request, REQUEST_FLAG, exc)


got_request_exception.connect(_mark_request, dispatch_uid="portal-database-unavailable")


def _language_codes() -> set[str]:
    return {code for code, _name in settings.LANGUAGES}


def _body_language(request) -> str:
    """The ``language`` of a JSON body (the inquiry API's own choice), if the view already read it."""
    if request.content_type != "application/json":
        return ""
    try:
        body = request.body
    except RawPostDataException:
        return ""
    if not body or len(body) > JSON_BODY_LIMIT:
        return ""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return ""
    return str(data.get("language") or "").strip().lower() if isinstance(data, dict) else ""


def response_language(request) -> str:
    """The language of the message: the URL prefix, ``?lang=``, the JSON body's ``language``,
    then ``Accept-Language``; the database is never asked."""
    codes = _language_codes()
    from_path = translation.get_language_from_path(request.path_info)
    if from_path:
        return from_path
    for candidate in (request.GET.get("lang", "").strip().lower(), _body_language(request)):
        if candidate in codes:
            return candidate
    language = translation.get_language_from_request(request, check_path=False)
    return language if language in codes else settings.LANGUAGE_CODE


def wants_json(request) -> bool:
    if request.path_info.startswith("/api/"):
        return True
    return request.get_preferred_type(["text/html", "application/json"]) == "application/json"


def discard_connections() -> None:
    """Closes every open connection so that the next query (in this or the next request) reconnects."""
    for connection in connections.all(initialized_only=True):
        if connection.connection is None or connection.in_atomic_block:
            continue
        try:
            connection.close()
        except Exception:  # closing a dead connection may fail; it is gone either way
            connection.connection = None


def unavailable_response(request, exc: BaseException) -> HttpResponse:
    """The 503 answer for ``request`` (JSON or HTML, in the reader's language)."""
    discard_connections()
    logger.warning(
        "Database unavailable, answered 503: %s %s (%s: %s)",
        request.method,
        request.path,
        exc.__class__.__name__,
        str(exc).strip().splitlines()[0] if str(exc).strip() else "",
    )
    language = response_language(request)
    with translation.override(language):
        message = _(
            "The portal cannot reach its database at the moment. Your request was not completed; "
            "please try again in a few seconds."
        )
        if wants_json(request):
            response = JsonResponse(
                {"errors": {"__all__": [message]}}, status=503, json_dumps_params={"ensure_ascii": False}
            )
        else:
            response = HttpResponse(_render_page(request, language, message), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Content-Language"] = language
    response["Cache-Control"] = "no-store"
    patch_vary_headers(response, ["Accept", "Accept-Language"])
    return response


def _render_page(request, language: str, message: str) -> str:
    # Rendered without the request: context processors and base.html read site settings and menus
    # from the database, which is exactly what is missing.
    try:
        return get_template("503.html").render({"language": language, "message": message, "path": request.path})
    except Exception:  # the fallback must never fail
        logger.exception("The 503 page could not be rendered")
        return f'<!DOCTYPE html><html lang="{language}"><meta charset="utf-8"><p>{message}</p></html>'


class DatabaseUnavailableMiddleware:
    """Answers 503 (JSON or HTML, translated, ``Retry-After``) when the database cannot be reached."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            response = self.get_response(request)
        except (OperationalError, InterfaceError) as exc:  # only if no inner layer converted it
            if not is_database_unavailable(exc):
                raise
            return unavailable_response(request, exc)
        exc = getattr(request, REQUEST_FLAG, None)
        if exc is not None and response.status_code == 500:
            replacement = unavailable_response(request, exc)
            for name, value in response.items():  # keep what CorsMiddleware added to the 500
                if name.lower().startswith("access-control-"):
                    replacement[name] = value
            return replacement
        return response

    def process_exception(self, request, exception):
        if is_database_unavailable(exception):
            return unavailable_response(request, exception)
        return None
