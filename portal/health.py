"""Liveness and readiness probes for load balancers and orchestrators."""

import time

from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

from search.health import search_backend_status


@never_cache
def healthz(request):
    """The process is alive: no dependency is touched."""
    return HttpResponse("ok\n", content_type="text/plain")


def database_status() -> dict:
    started = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any driver error means "not ready"; reported, not hidden
        return {"status": "unavailable", "error": exc.__class__.__name__}
    return {"status": "ok", "vendor": connection.vendor, "latency_ms": round((time.perf_counter() - started) * 1000, 1)}


def search_status() -> dict:
    return search_backend_status()


@never_cache
def readyz(request):
    """Ready to serve: the database answers. The search backend's state is reported too;
    without Elasticsearch the portal still serves (from the database fallback)."""
    database = database_status()
    search = search_status()
    ready = database["status"] == "ok"
    body = {"status": "ok" if ready else "unavailable", "database": database, "search": search}
    return JsonResponse(body, status=200 if ready else 503)
