"""The test suite: fast password hashing, an in-memory cache, real services from the environment."""

from .base import *  # noqa: F403
from .env import env_int, env_str

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SECRET_KEY = "test-only-secret-key-not-for-production-use-0123456789"
ALLOWED_HOSTS = ["*"]
# Tests run tasks at once unless a test drives the database worker itself.
TASKS = {"default": {"BACKEND": TASK_BACKENDS[env_str("PORTAL_TASKS_BACKEND", "immediate")]}}  # noqa: F405
# The test client's host, unless a live-server test serves on a real address and says so.
PORTAL_BASE_URL = env_str("PORTAL_BASE_URL", "http://testserver").rstrip("/")
WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = PORTAL_BASE_URL

PORTAL_SERVE_MEDIA = True
MEDIA_ROOT = Path(env_str("PORTAL_TEST_MEDIA_ROOT", "/tmp/portal-test-media"))  # noqa: F405
PORTAL_PAGE_CACHE_SECONDS = env_int("PORTAL_PAGE_CACHE_SECONDS", 0)  # the page-cache tests turn it on
# A test's changes roll back without bumping the generation, so kept routes and fragments could outlive them; the
# tests of cms/render_cache.py and the query budgets turn it on (and start from an empty store).
PORTAL_RENDER_CACHE_SECONDS = env_int("PORTAL_RENDER_CACHE_SECONDS", 0)
