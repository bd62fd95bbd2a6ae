"""One search interface, chosen by a setting, loaded the way Wagtail loads its search backends.

``PORTAL_SEARCH_BACKENDS`` maps aliases to entries (``{"BACKEND": "<dotted path of a class>",
<OPTION>: value, ...}``); ``get_search_backend(alias)`` builds the class with the entry's options.
The settings build the ``default`` entry from the environment: with ``ELASTICSEARCH_URL`` it is
``FallbackSearchBackend`` (Elasticsearch, and the database when Elasticsearch does not answer),
without it ``DatabaseSearchBackend`` alone. Switching the engine is one setting (``BACKEND`` of the
primary) and a subclass: see ``ElasticsearchBackend``.

Backends are built once per process and alias and kept (an Elasticsearch client keeps its
connections); a change of ``PORTAL_SEARCH_BACKENDS`` (Django's ``setting_changed``, sent by the
test tools ``override_settings`` and the ``settings`` fixture) drops them, and the next call
builds them again from the new setting.
"""

import threading

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.dispatch import receiver

from .base import BackendUnavailable, BaseSearchBackend, SearchResult, Suggestions, load_backend
from .fallback import circuit_breaker, reset_circuit_breakers

__all__ = [
    "BackendUnavailable",
    "BaseSearchBackend",
    "InvalidSearchBackendError",
    "SearchResult",
    "Suggestions",
    "circuit_breaker",
    "get_search_backend",
    "reset_circuit_breakers",
]

SETTING = "PORTAL_SEARCH_BACKENDS"

_backends: dict[str, BaseSearchBackend] = {}
_lock = threading.Lock()


class InvalidSearchBackendError(ImproperlyConfigured):
    pass


def get_search_backend(alias: str = "default") -> BaseSearchBackend:
    """The backend configured as ``alias`` in ``PORTAL_SEARCH_BACKENDS`` (built once, then kept)."""
    with _lock:
        backend = _backends.get(alias)
        if backend is None:
            try:
                config = getattr(settings, SETTING)[alias]
            except KeyError:
                raise InvalidSearchBackendError(f"{SETTING} has no backend {alias!r}.") from None
            try:
                backend = load_backend(config, alias=alias)
            except ImportError as exc:
                raise InvalidSearchBackendError(f"{SETTING}[{alias!r}]: {exc}") from exc
            _backends[alias] = backend
        return backend


@receiver(setting_changed)
def _forget_backends(*, setting: str, **kwargs) -> None:
    if setting == SETTING:
        with _lock:
            _backends.clear()
