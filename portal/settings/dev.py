"""Local development: the embedded default that `make run` serves."""

from .base import *  # noqa: F403
from .env import env_bool, env_str

DEBUG = env_bool("DEBUG", True)
_email_url = env_str("EMAIL_URL", "")
if not _email_url and not env_str("EMAIL_HOST", ""):
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

VAR_DIR.mkdir(parents=True, exist_ok=True)  # noqa: F405  (the embedded SQLite database lives here)

PORTAL_SERVE_MEDIA = True
