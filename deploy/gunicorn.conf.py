"""gunicorn settings for one stateless app server: gunicorn -c deploy/gunicorn.conf.py portal.wsgi

GUNICORN_BIND is where the reverse proxy reaches this server: the machine's private address (e.g.
10.0.0.11:8000) when nginx runs on another host, as in deploy/nginx/portal-http.conf's upstream; the default
listens on every interface, port 8000 (firewall it to the proxy hosts). Several comma-separated addresses may
be given. The X-Forwarded-* headers are believed only from PORTAL_TRUSTED_PROXIES (Django decides the client
address, cms/client_address.py; gunicorn only uses the list for the scheme).
"""

import multiprocessing
import os
import sys
from pathlib import Path

from gunicorn.glogging import Logger

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the app, whichever directory gunicorn runs in
from inquiries.redaction import redact_status_tokens  # noqa: E402 (plain Python: no Django set-up needed)


class RedactingLogger(Logger):
    """gunicorn's logger with the inquiry status pages' secret tokens taken out of every access-log atom (the
    request line, the path, the Referer and the other headers): inquiries/redaction.py."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {name: redact_status_tokens(value) for name, value in atoms.items()}


bind = [address.strip() for address in os.environ.get("GUNICORN_BIND", "0.0.0.0:8000").split(",") if address.strip()]
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
timeout = 30
graceful_timeout = 20  # SIGTERM: requests in flight are finished first (a rolling restart loses nothing)
keepalive = 5  # nginx and Varnish close their idle connections to it after 4 s (portal-http.conf, README): keep above
# A worker is replaced after this many requests (a leak's ceiling); 0 never replaces one (bench/http_bench.py: a
# capacity run's thousands of requests would leave the next measurement with fresh, cold workers).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
# The TCP peer (the proxy) and the forwarded chain; nginx's own access log holds the client address.
access_log_format = '%(h)s fwd="%({x-forwarded-for}i)s" "%(r)s" %(s)s %(b)s %(M)sms'
logger_class = RedactingLogger
forwarded_allow_ips = os.environ.get("PORTAL_TRUSTED_PROXIES", "127.0.0.1,::1") or "127.0.0.1"
proc_name = os.environ.get("GUNICORN_PROC_NAME", "portal-web")
control_socket_disable = True  # unused; several app servers on one host would share its default path


def post_worker_init(worker):
    """Each worker listens to the page cache's channel from its start, not from its first page: the copies other
    workers store meanwhile are announced there and fetched into its memory (cms/page_cache_local.py)."""
    from cms.page_cache import listen_for_copies  # noqa: PLC0415 (the app is loaded: Django is set up by now)

    listen_for_copies()
