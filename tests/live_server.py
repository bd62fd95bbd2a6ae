"""A real portal server in its own process, on its own database, for browser journeys.

It runs the same code as production would (migrate, load_demo, then a WSGI server on loopback),
so Chromium talks to a real HTTP server, not to the test client.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent


_HANDED_OUT: set[int] = set()


def free_port() -> int:
    """A free loopback port: from ``PORTAL_TEST_PORTS`` (``first-last``) when set, so that engineers sharing a
    machine keep to their own range; otherwise any port the system hands out."""
    first, _, last = os.environ.get("PORTAL_TEST_PORTS", "").partition("-")
    candidates = range(int(first), int(last or first) + 1) if first.strip() else [0]
    for candidate in candidates:
        if candidate in _HANDED_OUT:  # given to a server that may not listen yet
            continue
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", candidate))
            except OSError:
                continue
            port = sock.getsockname()[1]
        if candidate:
            _HANDED_OUT.add(port)
        return port
    raise RuntimeError(f"No free port in PORTAL_TEST_PORTS={os.environ['PORTAL_TEST_PORTS']}")


def _fresh_database_url(tmp_path: Path, name: str = "portal_live") -> str:
    base = os.environ.get("DATABASE_URL", "")
    if base.startswith("postgres"):
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {name}")
        return base.rsplit("/", 1)[0] + f"/{name}"
    return f"sqlite:///{tmp_path / (name + '.sqlite3')}"


def prepared_environment(tmp_path: Path, extra_env: dict[str, str] | None = None, name: str = "portal_live") -> dict:
    """A fresh database (PostgreSQL when the suite runs on it, else SQLite) with the demo loaded,
    and the environment a server process needs to use it."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": _fresh_database_url(tmp_path, name),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PORTAL_TEST_MEDIA_ROOT": str(tmp_path / "media"),
        **(extra_env or {}),
    }
    if "ELASTICSEARCH_URL" not in (extra_env or {}):
        env.pop("ELASTICSEARCH_URL", None)  # the database search, unless a test asks for Elasticsearch
    for command in (["migrate", "--noinput", "--verbosity", "0"], ["load_demo", "--no-index"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True)
    return env


@contextmanager
def running_server(env: dict, log_path: Path, timeout: float = 120):
    """Runs one server process on a free loopback port with ``env``; yields its base URL."""
    port = free_port()
    log = open(log_path, "wb")  # noqa: SIM115 (closed below)
    process = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:  # noqa: S310 (loopback)
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(log_path.read_text()[-3000:]) from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@contextmanager
def portal_server(tmp_path: Path, extra_env: dict[str, str] | None = None, timeout: float = 120):
    """Yields the base URL of a freshly set-up portal serving the demo content."""
    env = prepared_environment(tmp_path, extra_env)
    with running_server(env, tmp_path / "server.log", timeout) as url:
        yield url
