"""Liveness and readiness probes for load balancers and orchestrators.

``/readyz`` answers 200 while the database answers (503 otherwise). Its details (database, search backend,
cache, with error class names) are for operators only: they are shown to clients on
``PORTAL_INTERNAL_NETWORKS`` (by the client address behind the trusted proxies) or presenting
``Authorization: Bearer <PORTAL_READYZ_TOKEN>``; anyone else gets the status alone.

The cache does not decide readiness: with Redis down every page is still served, only uncached.
"""

import hmac
import ipaddress
import time

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

from cms.client_address import client_address
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


def cache_status() -> dict:
    """Redis (CACHE_URL) answers a PING, or the cache is in-process memory."""
    backend = caches[settings.PORTAL_PAGE_CACHE_ALIAS]
    if not hasattr(backend, "client") or not hasattr(backend.client, "get_client"):
        return {"status": "ok", "backend": "memory"}
    started = time.perf_counter()
    try:
        backend.client.get_client(write=False).ping()
    except Exception as exc:  # unreachable, refused, TLS or auth errors: all mean "degraded"
        return {"status": "unavailable", "backend": "redis", "error": exc.__class__.__name__}
    return {"status": "ok", "backend": "redis", "latency_ms": round((time.perf_counter() - started) * 1000, 1)}


def may_see_details(request) -> bool:
    token = settings.PORTAL_READYZ_TOKEN
    header = request.headers.get("Authorization", "")
    if token and header.startswith("Bearer ") and hmac.compare_digest(header[7:].strip(), token):
        return True
    try:
        address = ipaddress.ip_address(client_address(request))
    except ValueError:
        return False
    for entry in settings.PORTAL_INTERNAL_NETWORKS:
        network = ipaddress.ip_network(entry, strict=False)
        if network.version == address.version and address in network:
            return True
    return False


@never_cache
def readyz(request):
    """Ready to serve: the database answers. The search backend's state is reported too;
    without Elasticsearch the portal still serves (from the database fallback)."""
    database = database_status()
    ready = database["status"] == "ok"
    body = {"status": "ok" if ready else "unavailable"}
    if may_see_details(request):
        body.update(database=database, search=search_status(), cache=cache_status())
    return JsonResponse(body, status=200 if ready else 503)
