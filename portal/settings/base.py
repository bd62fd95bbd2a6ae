"""Settings shared by every environment. Values that vary come from ``env.py``."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import cache_config, email_config, env_bool, env_float, env_int, env_list, env_str, openid_connect_providers

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("PORTAL_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY", "insecure-development-key-change-me")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # wagtail_modeltranslation must come before the apps whose models it translates.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "cms",
    "investment",
    "inquiries",
    "events",
    "accounts",  # before allauth: its templates and catalogues fill allauth's gaps
    "insights",
    "investors",
    "django_countries",
    "search",
    "demo",
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",  # admin sign-in throttling; after the auth app
    # Investors' accounts (accounts/): django-allauth with MFA (passkeys), OpenID Connect and the headless API.
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "allauth.headless",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.middleware.SecurityHeadersMiddleware",
    "cms.database_unavailable.DatabaseUnavailableMiddleware",  # a lost database answers 503, not 500
    "cms.conflict_retry.ConflictRetryMiddleware",  # a read that lost a deadlock runs once more
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.PortalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "cms.frontend_cache.FrontendCacheMiddleware",  # before CSRF: stored copies lose the token and the cookie
    "django.middleware.csrf.CsrfViewMiddleware",
    "cms.page_cache.AnonymousPageCacheMiddleware",  # after CSRF: cached forms get the reader's token
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.throttling.AddressMailThrottleMiddleware",  # one 429 for known and unknown addresses (enumeration)
    "accounts.middleware.PrivateAccountScreensMiddleware",  # inside the page cache: account screens are never kept
    "cms.staff_marker.StaffMarkerMiddleware",  # officers and editors bypass the page cache (investors do not)
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last: answers a locked-out sign-in with the translated 429 page
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.context_processors.portal",
                "accounts.context_processors.accounts",
            ],
        },
    },
]

# Database: embedded SQLite unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'portal.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while the task worker writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out admin sign-in before any password is checked (it guards only the
# admin's sign-in, AXES_WHITELIST_CALLABLE; allauth's rate limits guard the investors'). allauth's backend signs
# investors in by e-mail address; Django's signs officers in to the Wagtail admin by user name, as before.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Vietnamese is the default and the source language.
LANGUAGE_CODE = "vi"
LANGUAGES = [
    ("vi", _("Vietnamese")),
    ("en", _("English")),
    ("ja", _("Japanese")),
    ("ko", _("Korean")),
    ("zh-hans", _("Simplified Chinese")),
]
# How each language names itself, for the language switcher (never translated).
LANGUAGE_NATIVE_NAMES = {
    "vi": "Tiếng Việt",
    "en": "English",
    "ja": "日本語",
    "ko": "한국어",
    "zh-hans": "简体中文",
}
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Ho_Chi_Minh"

MODELTRANSLATION_DEFAULT_LANGUAGE = "vi"
MODELTRANSLATION_LANGUAGES = ("vi", "en", "ja", "ko", "zh-hans")
# A page without text in the requested language shows English, then Vietnamese.
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en", "vi")}
WAGTAILMODELTRANSLATION_LOCALE_PICKER = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# E-mail: EMAIL_URL, else the usual EMAIL_HOST/EMAIL_PORT.
_email_url = env_str("EMAIL_URL", "")
if _email_url:
    globals().update(email_config(_email_url))
else:
    EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
    EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
    EMAIL_PORT = env_int("EMAIL_PORT", 25)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Cổng xúc tiến đầu tư <no-reply@portal.invalid>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Caches: per process in memory, or shared through CACHE_URL (redis://, rediss:// for TLS), which every app
# server should then use. A Redis outage is tolerated (env.cache_config): pages are served uncached.
CACHES = cache_config(env_str("CACHE_URL", ""))
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True  # a Redis outage is logged on every miss it causes
PORTAL_PAGE_CACHE_ALIAS = "pages"
PORTAL_PAGE_CACHE_SECONDS = env_int("PORTAL_PAGE_CACHE_SECONDS", 600)  # 0 turns the page cache off
# How long each process may trust its reading of the page-cache versions (cms/page_cache.py). 0 (default): read
# it on every cacheable request (from the shared cache when there is one), so every server sees a publish at once.
PORTAL_PAGE_CACHE_GENERATION_MEMO_SECONDS = env_float("PORTAL_PAGE_CACHE_GENERATION_MEMO_SECONDS", 0.0)
# With a shared cache: how many pages each process keeps in memory, served without a round trip to Redis until any
# server publishes (cms/page_cache_local.py; 0: none), and how long one is trusted at most.
PORTAL_PAGE_CACHE_LOCAL_COPIES = env_int("PORTAL_PAGE_CACHE_LOCAL_COPIES", 500)
PORTAL_PAGE_CACHE_LOCAL_SECONDS = env_float("PORTAL_PAGE_CACHE_LOCAL_SECONDS", 30.0)
# The frontend cache (Varnish, deploy/varnish/portal.vcl): the address(es) it takes PURGE and BAN on, comma-
# separated (one per Varnish); empty: none, nothing is purged. cms/frontend_cache.py says what is purged when.
PORTAL_FRONTEND_CACHE_URLS = env_list("PORTAL_FRONTEND_CACHE_URL", [])
WAGTAILFRONTENDCACHE = {
    f"varnish-{number}": {"BACKEND": "cms.frontend_cache.VarnishBackend", "LOCATION": url}
    for number, url in enumerate(PORTAL_FRONTEND_CACHE_URLS, start=1)
}
# A post that fails the CSRF check (a cached form read without JavaScript) is shown again to send once more
# for these public forms; other failures get an explanation (cms/views/csrf.py).
CSRF_FAILURE_VIEW = "cms.views.csrf.csrf_failure"
PORTAL_CSRF_RESUBMIT_VIEWS = ("inquiries:new", "events:register")
# How cached pages are stored and sent to readers that accept it: "gzip" (default), "brotli" or "none"
# (cms/page_cache.py: the measured sizes and costs).
PORTAL_PAGE_CACHE_COMPRESSION = env_str("PORTAL_PAGE_CACHE_COMPRESSION", "gzip")
# Routes and page fragments (navigation, footer, language links, cards) kept between renders, keyed by the same
# generation (cms/render_cache.py); 0 turns them off. Independent of PORTAL_PAGE_CACHE_SECONDS: they make the
# renders the page cache cannot answer cheaper.
PORTAL_RENDER_CACHE_SECONDS = env_int("PORTAL_RENDER_CACHE_SECONDS", 600)
# The release kept pages and fragments are keyed by (cms/release.py): empty, a digest of the files that shape the
# HTML, so that no server serves what an earlier release rendered; or the operator's name for it (a version).
PORTAL_RELEASE = env_str("PORTAL_RELEASE", "")

# Background tasks: django-tasks with its database backend, the outbox for search updates
# and e-mail. A worker (`manage.py db_worker`) runs them.
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "dummy": "django_tasks.backends.dummy.DummyBackend",
}
PORTAL_TASKS_BACKEND = env_str("PORTAL_TASKS_BACKEND", "database")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[PORTAL_TASKS_BACKEND]}}

# Wagtail
WAGTAIL_SITE_NAME = env_str("PORTAL_SITE_NAME", "Đồng Tháp Investment Portal")
# The portal's public address: every absolute link it writes (e-mails, the API's detail_url and html_url, fact
# sheets, the admin's links) starts with it (cms/links.py). `make run` sets it from PORT.
PORTAL_BASE_URL = env_str("PORTAL_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = PORTAL_BASE_URL
WAGTAIL_I18N_ENABLED = False  # languages are columns (modeltranslation), not page copies
WAGTAIL_ALLOW_UNICODE_SLUGS = False  # slugs are ASCII in every language (cms/slugs.py)
# Wagtail's own search (admin, choosers, ?search= of API v2): its database backend, made safe for any text.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "cms.wagtail_search"}}
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "webp": "webp"}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("PORTAL_MAX_IMAGE_UPLOAD_MB", 10) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000  # refuses decompression bombs before decoding
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "csv", "txt"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
WAGTAILAPI_BASE_URL = PORTAL_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
# No avatars from a third-party service: Gravatar would learn a hash of every staff e-mail address and when
# each admin page is opened. Wagtail shows its built-in default avatar, or the picture a user uploads.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Client addresses (cms/client_address.py): the reverse proxies (addresses or CIDR networks) whose
# X-Forwarded-For is believed. Empty: the TCP peer is the client. Used by every rate limit and log line.
PORTAL_TRUSTED_PROXIES = env_list("PORTAL_TRUSTED_PROXIES", [])
# /readyz shows its details (database, search, cache) only to these networks or with this token
# (header "Authorization: Bearer <token>"); everyone else gets the status alone.
PORTAL_INTERNAL_NETWORKS = env_list(
    "PORTAL_INTERNAL_NETWORKS", ["127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"]
)
PORTAL_READYZ_TOKEN = env_str("PORTAL_READYZ_TOKEN", "")

# Admin sign-in throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one user name from one
# client address, that pair is refused for AXES_COOLOFF_TIME hours with a translated 429 page. Counting the pair
# (not the address alone) keeps an office behind one NAT from locking out all its colleagues; nginx's limit_req
# on the sign-in URL caps the rate per address (deploy/nginx/portal-locations.conf).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_float("AXES_COOLOFF_HOURS", 0.25)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "cms.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "cms.views.login_locked.lockout_response"
AXES_VERBOSE = False
AXES_WHITELIST_CALLABLE = "accounts.throttling.axes_ignores"

# Investors' accounts (accounts/, django-allauth). Ordinary Django users (never staff): sign-up and sign-in by
# e-mail address (no user name), the address verified by a code before the first sign-in, sign-in by a one-time
# code instead of a password, passkeys (WebAuthn) as a second factor or instead of a password, TOTP and recovery
# codes, single sign-on through OpenID Connect (PORTAL_OIDC_*), the same functions as JSON under /api/accounts/app/v1/.
# Screens live under /<lang>/account/… sub-paths (login/, signup/, code/, 2fa/, …); /<lang>/account/ itself is
# the investor's space (app investors).
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/account/"  # accounts.adapter puts the reader's language in front
ACCOUNT_ADAPTER = "accounts.adapter.PortalAccountAdapter"
SOCIALACCOUNT_ADAPTER = "accounts.adapter.PortalSocialAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_USER_DISPLAY = "accounts.adapter.user_display"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"  # adds the consent and records it
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True  # a code in the e-mail, typed on the site or sent to the API
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_MAX_ATTEMPTS = 3
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = True
ACCOUNT_PASSWORD_RESET_BY_CODE_MAX_ATTEMPTS = 3
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS = 3
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 600
ACCOUNT_PREVENT_ENUMERATION = True  # sign-up, password reset and codes answer the same for a known address
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_REAUTHENTICATION_REQUIRED = False
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if PORTAL_BASE_URL.startswith("https") else "http"
# Every step is rate-limited in the shared cache ("default": Redis with CACHE_URL, so every app server counts
# together), per client address (behind the trusted proxies) and per e-mail address ("key") or user. Exceeded:
# 429 with the translated page (templates/429.html), or allauth's translated form error, or the API's 429.
ACCOUNT_RATE_LIMITS = {
    "login": env_str("PORTAL_RATE_LOGIN", "30/m/ip"),
    "login_failed": env_str("PORTAL_RATE_LOGIN_FAILED", "10/m/ip,5/5m/key"),
    "signup": env_str("PORTAL_RATE_SIGNUP", "10/m/ip,30/h/ip"),
    "request_login_code": env_str("PORTAL_RATE_LOGIN_CODE", "10/m/ip,3/5m/key"),
    "confirm_email": env_str("PORTAL_RATE_CONFIRM_EMAIL", "1/10s/key,20/m/ip"),  # sending a verification code
    "reset_password": env_str("PORTAL_RATE_RESET_PASSWORD", "10/m/ip,3/5m/key"),
    "reset_password_from_key": "10/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
    "change_phone": "1/m/user",
    "verify_phone": "1/30s/key,3/m/ip",
}
MFA_SUPPORTED_TYPES = ["webauthn", "totp", "recovery_codes"]
MFA_PASSKEY_LOGIN_ENABLED = True  # a passkey instead of a password
MFA_PASSKEY_SIGNUP_ENABLED = True  # sign up with a passkey alone (the address is still verified by a code)
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = env_bool("PORTAL_WEBAUTHN_ALLOW_INSECURE_ORIGIN", DEBUG)
MFA_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Single sign-on through OpenID Connect (a province's identity service): on when PORTAL_OIDC_SERVER_URL is set.
# The provider must accept the redirect URIs /<lang>/account/oidc/<PORTAL_OIDC_ID>/login/callback/ (one per
# language). Its users get an account once the provider vouches for their e-mail address (email_verified).
SOCIALACCOUNT_ONLY = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True  # a verified address of an existing account signs in to it
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True
SOCIALACCOUNT_EMAIL_VERIFICATION = "mandatory"
SOCIALACCOUNT_AUTO_SIGNUP = False  # a new account by single sign-on still gives its consent on a form
SOCIALACCOUNT_STORE_TOKENS = False
SOCIALACCOUNT_LOGIN_ON_GET = False
SOCIALACCOUNT_PROVIDERS = openid_connect_providers()
# The same functions as JSON (allauth.headless, the "app" client: a session token in X-Session-Token) under
# /api/accounts/app/v1/…, described in /api/schema/. Codes replace links in every e-mail, so no front-end URL.
HEADLESS_CLIENTS = ("app",)
HEADLESS_ONLY = False
HEADLESS_SERVE_SPECIFICATION = True  # also merged into the portal's /api/schema/
# Personal data (accounts/personal_data.py): the privacy-notice version an account consents to at sign-up.
PORTAL_ACCOUNT_CONSENT_VERSION = env_str("PORTAL_ACCOUNT_CONSENT_VERSION", "2026-11")

# Demo content (demo/): load_demo and prepare_site refuse under settings that forbid it unless forced, and
# demo accounts get their documented passwords only where PORTAL_DEMO_PASSWORDS is on.
PORTAL_DEMO_ALLOWED = True
PORTAL_DEMO_PASSWORDS = True

# Scheduled work, declared once. The scheduler process (`manage.py scheduler run`, started by make run and
# make prod) and the systemd timers in deploy/systemd/ (generated from this list: `manage.py scheduler systemd`)
# run them; `manage.py scheduler once NAME` runs one now. "every" is the period in seconds.
PORTAL_SCHEDULE = [
    {"name": "publish-scheduled", "command": ["publish_scheduled"], "every": 60,
     "help": "Publishes pages whose go-live time has come and unpublishes expired ones (Wagtail)."},
    {"name": "outbox-sweep", "command": ["outbox_sweep"], "every": 300,
     "help": "Re-enqueues e-mails stranded by a dead worker or an overdue retry."},
    {"name": "apply-absences", "command": ["apply_absences"], "every": 900,
     "help": "Hands the open inquiries of officers whose absence has begun to their backups."},
    {"name": "search-retry-pending", "command": ["search_index", "--retry-pending"], "every": 300,
     "help": "Retries the search index updates Elasticsearch missed."},
    {"name": "search-reconcile", "command": ["search_index", "--reconcile"], "every": 86_400,
     "help": "Finds and repairs drift between the pages and the search index."},
    {"name": "event-reminders", "command": ["send_event_reminders"], "every": 3600,
     "help": "Queues the reminders (with the calendar file) of events starting within their reminder days."},
    {"name": "anonymise-event-registrations", "command": ["anonymise_event_registrations"], "every": 86_400,
     "help": "Anonymises registrations of events that ended more than 180 days ago (the promised retention)."},
    {"name": "anonymise-inquiries", "command": ["anonymise_inquiries"], "every": 86_400,
     "help": "Anonymises inquiries older than the retention period promised in the consent text."},
    {"name": "prune-task-results", "command": ["prune_db_task_results", "--min-age-days", "14"], "every": 86_400,
     "help": "Deletes finished background-task results older than 14 days."},
    {"name": "clear-sessions", "command": ["clearsessions"], "every": 86_400,
     "help": "Deletes expired sessions."},
    {"name": "prune-sign-in-logs", "command": ["axes_reset_logs", "--age", "90"], "every": 86_400,
     "help": "Deletes sign-in records (django-axes access logs) older than 90 days."},
    {"name": "prune-search-log", "command": ["prune_search_log"], "every": 86_400,
     "help": "Deletes logged searches (and their clicks) older than PORTAL_SEARCH_LOG_RETENTION_DAYS."},
    {"name": "search-digest", "command": ["send_search_digest"], "every": 604_800,
     "help": "Queues the weekly digest of what investors could not find to who may read the search report."},
    {"name": "saved-search-alerts", "command": ["send_saved_search_alerts"], "every": 3600,
     "help": "Queues the daily and weekly alerts of investors' saved searches that new or updated pages match."},
]  # fmt: skip

# Portal-specific settings.
PORTAL_USD_PER_VND = env_float("PORTAL_USD_PER_VND", 1 / 26_000)
PORTAL_STALE_AFTER_MONTHS = env_int("PORTAL_STALE_AFTER_MONTHS", 12)
PORTAL_SERVE_MEDIA = env_bool("PORTAL_SERVE_MEDIA", False)

# Search (search/): the backend is chosen by PORTAL_SEARCH_BACKENDS, in the shape of Wagtail's
# WAGTAILSEARCH_BACKENDS ({"BACKEND": dotted path of a class, OPTION: value}); search.backends.
# get_search_backend() builds it. ELASTICSEARCH_URL lists the nodes (comma-separated; https and
# user:password in each URL): Elasticsearch answers, and the database copy when it does not (the
# fallback wrapper and its circuit breaker). Without ELASTICSEARCH_URL: the database alone.
# PORTAL_SEARCH_ENGINE swaps the primary's class (e.g. an OpenSearch subclass of ElasticsearchBackend).
elasticsearch_urls = env_list("ELASTICSEARCH_URL", [])
PORTAL_SEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database.DatabaseSearchBackend"}}
if elasticsearch_urls:
    PORTAL_SEARCH_BACKENDS["default"] = {
        "BACKEND": "search.backends.fallback.FallbackSearchBackend",
        "RETRY_AFTER": env_float("PORTAL_SEARCH_RETRY_AFTER", 5.0),  # seconds to leave a failed cluster alone
        "FALLBACK": {"BACKEND": "search.backends.database.DatabaseSearchBackend"},
        "PRIMARY": {
            "BACKEND": env_str("PORTAL_SEARCH_ENGINE", "search.backends.elastic.ElasticsearchBackend"),
            "URLS": elasticsearch_urls,
            "INDEX_PREFIX": env_str("PORTAL_SEARCH_INDEX_PREFIX", "portal"),  # aliases <prefix>-<lang>
            "TIMEOUT": env_float("PORTAL_SEARCH_TIMEOUT", 2.0),  # seconds before the database answers instead
            # A node that refuses connections is skipped for DEAD_NODE_BACKOFF s (doubling up to the
            # maximum) and the request retried on another: one retry per other node by default.
            "MAX_RETRIES": env_int("PORTAL_SEARCH_MAX_RETRIES", len(elasticsearch_urls) - 1),
            "RETRY_ON_TIMEOUT": env_bool("PORTAL_SEARCH_RETRY_ON_TIMEOUT", False),  # a slow cluster: the database
            "DEAD_NODE_BACKOFF": env_float("PORTAL_SEARCH_DEAD_NODE_BACKOFF", 1.0),
            "MAX_DEAD_NODE_BACKOFF": env_float("PORTAL_SEARCH_MAX_DEAD_NODE_BACKOFF", 30.0),
            "REPLICAS": env_int("PORTAL_SEARCH_REPLICAS", 0),
            "REFRESH_ON_WRITE": env_bool("PORTAL_SEARCH_REFRESH_ON_WRITE", True),  # a publish is searchable at once
        },
    }
PORTAL_SEARCH_FUZZINESS = env_str("PORTAL_SEARCH_FUZZINESS", "AUTO:4,7")  # typo tolerance, Latin script only
PORTAL_SEARCH_MAX_PAGE = env_int("PORTAL_SEARCH_MAX_PAGE", 50)
PORTAL_SEARCH_MAX_PAGE_SIZE = env_int("PORTAL_SEARCH_MAX_PAGE_SIZE", 50)
PORTAL_SEARCH_WINDOW = env_int("PORTAL_SEARCH_WINDOW", 1000)  # deeper than this: search_after
PORTAL_SEARCH_DEFAULT_RADIUS_KM = env_float("PORTAL_SEARCH_DEFAULT_RADIUS_KM", 25.0)
PORTAL_SEARCH_TASK_BACKEND = env_str("PORTAL_SEARCH_TASK_BACKEND", "default")
PORTAL_SEARCH_RETRY_LIMIT = env_int("PORTAL_SEARCH_RETRY_LIMIT", 8)
PORTAL_SEARCH_RETRY_BASE_SECONDS = env_float("PORTAL_SEARCH_RETRY_BASE_SECONDS", 30.0)
PORTAL_SEARCH_RETRY_MAX_SECONDS = env_float("PORTAL_SEARCH_RETRY_MAX_SECONDS", 3600.0)
PORTAL_SEARCH_RETRY_BATCH = env_int("PORTAL_SEARCH_RETRY_BATCH", 20)
# What investors searched for (SearchQueryLog, no personal data) is kept this many days, then deleted with its
# clicks (job prune-search-log); the privacy notice states the same period.
PORTAL_SEARCH_LOG_RETENTION_DAYS = env_int("PORTAL_SEARCH_LOG_RETENTION_DAYS", 180)
# Demand insights (insights/): no figure is shown for a group smaller than this (k-anonymity), and the page-view
# beacon counts at most this many posts per client network and minute.
PORTAL_INSIGHTS_MIN_GROUP = env_int("PORTAL_INSIGHTS_MIN_GROUP", 5)
PORTAL_INSIGHTS_BEACON_PER_MINUTE = env_int("PORTAL_INSIGHTS_BEACON_PER_MINUTE", 30)
PORTAL_SEARCH_DIGEST_ROWS = env_int("PORTAL_SEARCH_DIGEST_ROWS", 10)  # queries per list and language in the digest

# Inquiries (inquiries/): routing, the e-mail outbox, rate limits, personal data.
PORTAL_INQUIRY_REFERENCE_PREFIX = env_str("PORTAL_INQUIRY_REFERENCE_PREFIX", "DT")
# The agency that receives inquiries no rule routes (an agency slug; empty: the promotion centre).
PORTAL_INQUIRY_DEFAULT_AGENCY = env_str("PORTAL_INQUIRY_DEFAULT_AGENCY", "")
PORTAL_INQUIRY_CONSENT_VERSION = env_str("PORTAL_INQUIRY_CONSENT_VERSION", "2026-01")
PORTAL_INQUIRY_RATE_LIMIT = env_int("PORTAL_INQUIRY_RATE_LIMIT", 5)  # inquiries per sender address and window
PORTAL_INQUIRY_RATE_WINDOW_SECONDS = env_int("PORTAL_INQUIRY_RATE_WINDOW_SECONDS", 3600)
# Messages from senders on their status page (each one e-mails the agency): per inquiry, and per sender address
# across all inquiries, in one window. 0 turns a limit off.
PORTAL_FOLLOW_UP_LIMIT = env_int("PORTAL_FOLLOW_UP_LIMIT", 5)
PORTAL_FOLLOW_UP_ADDRESS_LIMIT = env_int("PORTAL_FOLLOW_UP_ADDRESS_LIMIT", 20)
PORTAL_FOLLOW_UP_WINDOW_SECONDS = env_int("PORTAL_FOLLOW_UP_WINDOW_SECONDS", 3600)
PORTAL_INQUIRY_RETENTION_DAYS = env_int("PORTAL_INQUIRY_RETENTION_DAYS", 3 * 365)
# Reply deadlines skip this country's public holidays (ISO 3166 code for the `holidays` library; empty: none)
# besides each agency's closures (inquiries/workdays.py).
PORTAL_HOLIDAY_COUNTRY = env_str("PORTAL_HOLIDAY_COUNTRY", "VN")
PORTAL_OUTBOX_MAX_ATTEMPTS = env_int("PORTAL_OUTBOX_MAX_ATTEMPTS", 10)
PORTAL_OUTBOX_BACKOFF_SECONDS = env_float("PORTAL_OUTBOX_BACKOFF_SECONDS", 30)
PORTAL_OUTBOX_BACKOFF_MAX_SECONDS = env_float("PORTAL_OUTBOX_BACKOFF_MAX_SECONDS", 3600)
PORTAL_OUTBOX_LEASE_SECONDS = env_float("PORTAL_OUTBOX_LEASE_SECONDS", 300)  # a claimed e-mail is retried after this
PORTAL_OUTBOX_SWEEP_SECONDS = env_float("PORTAL_OUTBOX_SWEEP_SECONDS", 60)
PORTAL_OUTBOX_MAX_ATTACHMENT_BYTES = env_int("PORTAL_OUTBOX_MAX_ATTACHMENT_BYTES", 1024 * 1024)  # per e-mail

# The investor's space (investors/): whether an address of an account counts as verified, which opens the
# inquiries sent from it (investors.selectors); the default reads allauth's EmailAddress once it is installed.
PORTAL_INVESTOR_EMAIL_CHECK = env_str("PORTAL_INVESTOR_EMAIL_CHECK", "investors.selectors.allauth_email_verified")

# Content Security Policy of the public site (the admin is exempt). Map tiles come from the tile server setting.
PORTAL_CSP = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob: " + env_str("PORTAL_CSP_IMG_SRC", "https://tile.openstreetmap.org"),
    "font-src": "'self'",
    "connect-src": "'self'",
    "frame-ancestors": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "object-src": "'none'",
}

CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS", [])
CORS_URLS_REGEX = r"^/api/.*$"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # "client" is the client address behind the trusted proxies ("-" outside a request); "secrets" takes the
    # inquiry status pages' tokens out of every message (inquiries/redaction.py), the development server's
    # request lines ("django.server", sent to the same handler) among them.
    "filters": {
        "client": {"()": "cms.client_address.ClientAddressLogFilter"},
        "secrets": {"()": "inquiries.redaction.SecretLogFilter"},
    },
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(client)s] %(message)s"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["client", "secrets"]}},
    "root": {"handlers": ["stdout"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django.server": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "elastic_transport": {"level": "WARNING"},
        "apscheduler": {"level": "WARNING"},  # cms/schedule.py logs each job's outcome itself
        "fontTools": {"level": "WARNING"},  # fpdf2's font subsetting (the PDF guide) logs every glyph at INFO
    },
}
