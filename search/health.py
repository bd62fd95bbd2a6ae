"""The search backend's state, as /readyz reports it."""

from django.conf import settings


def search_backend_status() -> dict:
    if not settings.ELASTICSEARCH_URL:
        return {"status": "ok", "backend": "database"}
    return {"status": "unknown", "backend": "elasticsearch"}
