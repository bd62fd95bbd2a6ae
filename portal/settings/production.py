"""Production: secrets from the environment, secure cookies, HSTS, security headers, stdout logs."""

from .base import *  # noqa: F403
from .env import env_bool, env_float, env_int, env_list, env_str

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")  # no default: a missing secret fails loudly
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [])

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Never the demo: load_demo and prepare_site refuse without --force, demo accounts get no password, and
# `check --deploy` fails while a documented demo password still works (demo/checks.py).
PORTAL_DEMO_ALLOWED = False
PORTAL_DEMO_PASSWORDS = False

# PostgreSQL connections from a pool per process (Django's psycopg pool) instead of one new connection per
# request: a process holds at most DATABASE_POOL_MAX_SIZE connections, so the server's total is bounded by
# app servers x gunicorn workers x that size (+ the task worker and the scheduler). A request waits up to
# DATABASE_POOL_TIMEOUT seconds for a free connection, then gets the translated 503 (cms/database_unavailable.py).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool("DATABASE_POOL", True):  # noqa: F405
    # The pool keeps the connections; CONN_HEALTH_CHECKS (on) makes it check one before lending it, so a
    # connection lost in a database restart is replaced, not used.
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {  # noqa: F405
        "min_size": env_int("DATABASE_POOL_MIN_SIZE", 1),
        "max_size": env_int("DATABASE_POOL_MAX_SIZE", 4),
        "timeout": env_float("DATABASE_POOL_TIMEOUT", 5.0),
    }

# WhiteNoise serves the collected static files, compressed and with far-future cache headers.
MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]  # noqa: F405
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Media on S3-compatible storage (AWS S3, MinIO, Ceph, a provincial data centre's object store)
# when a bucket is configured; otherwise on the local file system under MEDIA_ROOT. Either way documents are
# served only by Wagtail's view, after their collection's privacy check (cms/media_privacy.py): on S3 it
# redirects to a signed URL of a private object (cms/storage.py); on local disk nginx sends the file on the
# view's X-Accel-Redirect (cms/sendfile_nginx.py; PORTAL_DOCUMENTS_X_ACCEL=0 streams it through Django instead,
# for an app server that is not behind deploy/'s nginx).
AWS_STORAGE_BUCKET_NAME = env_str("S3_BUCKET", "")
if not AWS_STORAGE_BUCKET_NAME and env_bool("PORTAL_DOCUMENTS_X_ACCEL", True):
    SENDFILE_BACKEND = "cms.sendfile_nginx"
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "cms.storage.PortalS3Storage"}
    WAGTAILDOCS_SERVE_METHOD = "redirect"
    AWS_QUERYSTRING_EXPIRE = env_int("S3_SIGNED_URL_SECONDS", 300)
    AWS_S3_ENDPOINT_URL = env_str("S3_ENDPOINT_URL", "") or None
    AWS_S3_REGION_NAME = env_str("S3_REGION", "") or None
    AWS_ACCESS_KEY_ID = env_str("S3_ACCESS_KEY_ID", "")
    AWS_SECRET_ACCESS_KEY = env_str("S3_SECRET_ACCESS_KEY", "")
    AWS_S3_CUSTOM_DOMAIN = env_str("S3_CUSTOM_DOMAIN", "") or None
    AWS_QUERYSTRING_AUTH = False  # images are public; documents get signed URLs all the same (cms/storage.py)
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None
