"""Every environment variable the portal reads, in one place, each with a type and a default.

Secrets have no default in production: a missing one fails loudly at start-up.
"""

import os
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None) -> str:
    value = os.environ.get(name)
    if value is None:
        if default is None:
            raise ImproperlyConfigured(f"The environment variable {name} must be set.")
        return default
    return value


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}.")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}.") from exc


def env_float(name: str, default: float) -> float:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return float(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a number, not {value!r}.") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def email_config(url: str) -> dict:
    """Django e-mail settings from an ``EMAIL_URL``.

    ``smtp://user:password@host:port`` (``smtp+tls://`` for STARTTLS, ``smtps://`` for implicit TLS),
    ``console://`` and ``locmem://`` for development.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "console":
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if scheme == "locmem":
        return {"EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    if scheme not in {"smtp", "smtp+tls", "smtps"}:
        raise ImproperlyConfigured(f"EMAIL_URL has an unknown scheme {scheme!r}.")
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": parts.port or (465 if scheme == "smtps" else 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": scheme == "smtp+tls",
        "EMAIL_USE_SSL": scheme == "smtps",
    }


REDIS_SCHEMES = {"redis", "rediss", "unix"}


def cache_config(url: str) -> dict:
    """Django ``CACHES`` from a ``CACHE_URL``.

    Empty or ``locmem://``: in memory, per process. ``redis://host:6379/0``, ``rediss://…`` (TLS, as redis-py
    reads it) or ``unix:///run/redis.sock``: one Redis shared by every app server, through django-redis with
    its exceptions ignored and logged, and short socket timeouts, so that a Redis outage costs a cache miss
    (pages are rendered uncached) instead of an error page. Any other scheme fails loudly.
    """
    scheme = urlsplit(url).scheme.lower() if url else "locmem"
    if scheme == "locmem":
        return {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "portal"},
            # Whole pages for anonymous readers (cms/page_cache.py).
            "pages": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "portal-pages",
                "OPTIONS": {"MAX_ENTRIES": 5000},
            },
        }
    if scheme not in REDIS_SCHEMES:
        raise ImproperlyConfigured(f"CACHE_URL has an unknown scheme {scheme!r} (use redis://, rediss:// or unix://).")
    timeout = env_float("CACHE_SOCKET_TIMEOUT", 0.5)

    def redis(prefix: str) -> dict:
        return {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,  # an unreachable Redis is a miss, not an error
                "SOCKET_CONNECT_TIMEOUT": timeout,
                "SOCKET_TIMEOUT": timeout,
            },
        }

    return {"default": redis(""), "pages": redis("pages")}


def openid_connect_providers() -> dict:
    """allauth's ``SOCIALACCOUNT_PROVIDERS`` for single sign-on through one OpenID Connect provider (a province's
    identity service), from the environment; empty (no single sign-on) without ``PORTAL_OIDC_SERVER_URL``.

    ``PORTAL_OIDC_SERVER_URL``: the issuer (its ``/.well-known/openid-configuration`` is read);
    ``PORTAL_OIDC_CLIENT_ID`` / ``PORTAL_OIDC_CLIENT_SECRET``: the portal's client at the provider;
    ``PORTAL_OIDC_ID`` (default ``province``): the name in the portal's URLs; ``PORTAL_OIDC_NAME``: the button's
    label; ``PORTAL_OIDC_TOKEN_AUTH_METHOD`` (default ``client_secret_basic``). The authorization-code flow with
    PKCE; the provider's ``email_verified`` claim is believed, nothing else: an address it does not vouch for is
    verified by a code like any other.
    """
    server_url = env_str("PORTAL_OIDC_SERVER_URL", "")
    if not server_url:
        return {}
    return {
        "openid_connect": {
            "OAUTH_PKCE_ENABLED": True,
            "EMAIL_AUTHENTICATION": True,
            "VERIFIED_EMAIL": False,
            "APPS": [
                {
                    "provider_id": env_str("PORTAL_OIDC_ID", "province"),
                    "name": env_str("PORTAL_OIDC_NAME", "Province identity service"),
                    "client_id": env_str("PORTAL_OIDC_CLIENT_ID", ""),
                    "secret": env_str("PORTAL_OIDC_CLIENT_SECRET", ""),
                    "settings": {
                        "server_url": server_url,
                        "token_auth_method": env_str("PORTAL_OIDC_TOKEN_AUTH_METHOD", "client_secret_basic"),
                        "scope": ["openid", "email", "profile"],
                    },
                }
            ],
        }
    }
