"""Production: secrets from the environment, secure cookies, HSTS, security headers, stdout logs."""

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_list, env_str

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

# WhiteNoise serves the collected static files, compressed and with far-future cache headers.
MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]  # noqa: F405
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Media on S3-compatible storage (AWS S3, MinIO, Ceph, a provincial data centre's object store)
# when a bucket is configured; otherwise on the local file system under MEDIA_ROOT.
AWS_STORAGE_BUCKET_NAME = env_str("S3_BUCKET", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env_str("S3_ENDPOINT_URL", "") or None
    AWS_S3_REGION_NAME = env_str("S3_REGION", "") or None
    AWS_ACCESS_KEY_ID = env_str("S3_ACCESS_KEY_ID", "")
    AWS_SECRET_ACCESS_KEY = env_str("S3_SECRET_ACCESS_KEY", "")
    AWS_S3_CUSTOM_DOMAIN = env_str("S3_CUSTOM_DOMAIN", "") or None
    AWS_QUERYSTRING_AUTH = False  # public media (images, brochures); documents go through Wagtail's serve view
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None

_cache_url = env_str("CACHE_URL", "")
if _cache_url.startswith("redis://"):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _cache_url},
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _cache_url,
            "KEY_PREFIX": "pages",
        },
    }
