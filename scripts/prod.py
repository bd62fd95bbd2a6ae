#!/usr/bin/env python3
"""`make prod`: the production-shaped stack on loopback, from the files in deploy/, until Ctrl-C.

    nginx (Debian's, deploy/nginx/ rendered by deploy/render.py)      http://127.0.0.1:$PORT  (default 8080)
      ├─ pages (location /): Varnish (Debian's, deploy/varnish/portal.vcl), the frontend cache, purged by Django
      │    └─ the app servers (Varnish balances them; nginx's backup servers for pages while Varnish is down)
      └─ two app servers: deploy/systemd/portal-web.service's ExecStart (gunicorn, production settings)
    the task worker: deploy/systemd/portal-worker.service's ExecStart (manage.py db_worker)
    the scheduler: manage.py scheduler run (the jobs of PORTAL_SCHEDULE; deploy/ runs them as systemd timers)
    PostgreSQL, Elasticsearch (scripts/postgres.sh, scripts/elasticsearch.sh), Redis (Debian's redis-server)

Before serving it runs what an operator runs on a release (migrate, collectstatic, load_demo --force, a
search index rebuild, createsuperuser, check --deploy), with the environment file it writes for the units
(like /etc/portal/env). Ctrl-C (or SIGTERM) stops everything it started, in reverse order. A unit with
Restart=always is restarted RestartSec after it dies, as systemd would; SIGUSR1 starts again any piece that
stopped (the tests stop Redis and bring it back that way). The state (pids, ports) is kept in
$PROD_DIR/stack.json for the tests.

Ports (each overridable): nginx $PORT; app servers PROD_APP_PORTS (PORT+1,PORT+2); Redis PROD_REDIS_PORT
(PORT+3); PostgreSQL PROD_PG_PORT (PORT+4); Elasticsearch PROD_ES_PORT (PORT+5); Varnish PROD_VARNISH_PORT (PORT+6)
and its management port PROD_VARNISH_ADMIN_PORT (PORT+7); PROD_VARNISH=0 runs without Varnish. PROD_DATABASE_URL and
PROD_ELASTICSEARCH_URL use existing servers instead of starting them. PROD_SET_<NAME>=value sets <NAME> in the
environment file (e.g. PROD_SET_DATABASE_POOL_MAX_SIZE=2). Data lives in $PROD_DIR (var/prod-$PORT): a second
`make prod` keeps the database and starts faster.
"""

import json
import os
import secrets
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))
from render import render_all  # noqa: E402  (deploy/ is not a package)

PYTHON = str(ROOT / ".venv" / "bin" / "python")
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
START_TIMEOUT = 180


def say(text: str) -> None:
    print(f"[prod] {text}", flush=True)


def env_file_values(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip().strip('"')
    return values


def unit_service(path: Path, instance: str = "") -> dict:
    """The [Service] settings of a (rendered) systemd unit that running it needs."""
    service, section = {"Environment": []}, ""
    for line in path.read_text().splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif section == "[Service]" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            value = value.replace("%i", instance)
            if key == "Environment":
                service["Environment"].append(value)
            else:
                service[key] = value
    return service


class Piece:
    """One supervised process: output prefixed with its name, its own process group."""

    def __init__(self, name: str, argv: list[str], env: dict, *, cwd: Path = ROOT, restart_after: float | None):
        self.name, self.argv, self.env, self.cwd, self.restart_after = name, argv, env, cwd, restart_after
        self.process: subprocess.Popen | None = None
        self.died_at: float | None = None
        self.starts = 0

    def start(self) -> None:
        self.process = subprocess.Popen(
            self.argv,
            cwd=self.cwd,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.died_at = None
        self.starts += 1
        threading.Thread(target=self._pump, args=(self.process,), daemon=True).start()

    def _pump(self, process: subprocess.Popen) -> None:
        for raw in process.stdout:
            sys.stdout.write(f"{self.name:>10} | {raw.decode('utf-8', 'replace')}")
        sys.stdout.flush()

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 30) -> None:
        if not self.running:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


class Stack:
    def __init__(self) -> None:
        self.port = int(os.environ.get("PORT") or 8080)
        ports = os.environ.get("PROD_APP_PORTS") or f"{self.port + 1},{self.port + 2}"
        self.app_ports = [int(port) for port in ports.split(",")]
        self.redis_port = int(os.environ.get("PROD_REDIS_PORT") or self.port + 3)
        self.pg_port = int(os.environ.get("PROD_PG_PORT") or self.port + 4)
        self.es_port = int(os.environ.get("PROD_ES_PORT") or self.port + 5)
        self.with_varnish = os.environ.get("PROD_VARNISH", "1") != "0"
        self.varnish_port = int(os.environ.get("PROD_VARNISH_PORT") or self.port + 6)
        self.varnish_admin_port = int(os.environ.get("PROD_VARNISH_ADMIN_PORT") or self.port + 7)
        self.dir = Path(os.environ.get("PROD_DIR") or ROOT / "var" / f"prod-{self.port}").resolve()
        self.url = f"http://127.0.0.1:{self.port}"
        self.pieces: dict[str, Piece] = {}
        self.cleanups: list[tuple[str, list[str]]] = []
        self.stopping = threading.Event()
        self.revive = threading.Event()

    # -- services -------------------------------------------------------------------------------------
    def _script(self, *argv: str) -> str:
        result = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=600)
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def database(self) -> str:
        if os.environ.get("PROD_DATABASE_URL"):
            return os.environ["PROD_DATABASE_URL"]
        port = str(self.pg_port)
        env = dict(os.environ)
        resumed = subprocess.run(
            ["scripts/postgres.sh", "resume", port], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
        if resumed.returncode != 0:
            resumed = subprocess.run(
                ["scripts/postgres.sh", "start", port], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
            )
        if resumed.returncode != 0:
            raise SystemExit(f"PostgreSQL did not start:\n{resumed.stderr[-3000:]}")
        self.cleanups.append(("PostgreSQL", ["scripts/postgres.sh", "stop", port]))
        return resumed.stdout.strip().rsplit("DATABASE_URL=", 1)[1]

    def elasticsearch(self, result: dict) -> None:
        try:
            if os.environ.get("PROD_ELASTICSEARCH_URL"):
                result["url"] = os.environ["PROD_ELASTICSEARCH_URL"]
                return
            out = self._script("scripts/elasticsearch.sh", "start", str(self.es_port))
            self.cleanups.append(("Elasticsearch", ["scripts/elasticsearch.sh", "stop", str(self.es_port)]))
            result["url"] = out.strip().rsplit("ELASTICSEARCH_URL=", 1)[1]
        except BaseException as exc:  # reported by the main thread
            result["error"] = exc

    def secret(self, name: str) -> str:
        path = self.dir / name
        if not path.exists():
            path.write_text(secrets.token_urlsafe(40))
            path.chmod(0o600)
        return path.read_text().strip()

    def write_env(self, database_url: str, elasticsearch_url: str) -> Path:
        origins = [f"http://127.0.0.1:{self.port}", f"http://localhost:{self.port}", f"http://[::1]:{self.port}"]
        values = {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": self.secret("secret-key"),
            "ALLOWED_HOSTS": "127.0.0.1,localhost,[::1]",
            "CSRF_TRUSTED_ORIGINS": ",".join(origins),
            "PORTAL_BASE_URL": self.url,
            "DATABASE_URL": database_url,
            "ELASTICSEARCH_URL": elasticsearch_url,
            "CACHE_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "EMAIL_URL": os.environ.get("PROD_EMAIL_URL") or "console://",
            "STATIC_ROOT": str(self.dir / "static"),
            "MEDIA_ROOT": str(self.dir / "media"),
            # nginx reaches the app servers from loopback; nothing else is a proxy here.
            "PORTAL_TRUSTED_PROXIES": "127.0.0.1,::1",
            # Plain HTTP on loopback: in production TLS terminates at nginx (portal.conf) and this stays on.
            "SECURE_SSL_REDIRECT": "0",
            "GUNICORN_WORKERS": "2",
            "GUNICORN_THREADS": "2",
            "GUNICORN_ACCESS_LOG": "",  # nginx keeps the access log ($PROD_DIR/nginx/access.log)
            "LOG_LEVEL": "INFO",
            # Where Django sends PURGE and BAN (cms/frontend_cache.py); empty without Varnish.
            "PORTAL_FRONTEND_CACHE_URL": f"http://127.0.0.1:{self.varnish_port}" if self.with_varnish else "",
        }
        for key, value in os.environ.items():
            if key.startswith("PROD_SET_"):
                values[key.removeprefix("PROD_SET_")] = value
        path = self.dir / "env"
        path.write_text(
            "# make prod's environment file (production: /etc/portal/env, see env.example)\n"
            + "".join(f"{key}={value}\n" for key, value in values.items())
        )
        path.chmod(0o600)
        return path

    def base_env(self, env_file: Path) -> dict:
        keep = {key: value for key, value in os.environ.items() if key in {"PATH", "HOME", "LANG", "TMPDIR"}}
        return {**keep, "PYTHONUNBUFFERED": "1", **env_file_values(env_file)}

    def manage(self, env: dict, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        say("python manage.py " + " ".join(args))
        started = time.monotonic()
        result = subprocess.run(
            [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900
        )
        for line in (result.stdout + result.stderr).strip().splitlines()[-6:]:
            print(f"{'':>10} | {line}", flush=True)
        if check and result.returncode != 0:
            raise SystemExit(f"manage.py {' '.join(args)} failed (exit {result.returncode})")
        say(f"  ({time.monotonic() - started:.1f} s)")
        return result

    # -- pieces ---------------------------------------------------------------------------------------
    def add_unit(self, name: str, unit: Path, env: dict, extra: dict | None = None) -> None:
        service = unit_service(unit)
        unit_env = {**env}
        for assignment in service["Environment"]:
            key, value = assignment.split("=", 1)
            unit_env[key] = value
        unit_env.update(extra or {})
        restart = service.get("Restart", "no") in {"always", "on-failure"}
        self.pieces[name] = Piece(
            name,
            shlex.split(service["ExecStart"]),
            unit_env,
            cwd=Path(service.get("WorkingDirectory", ROOT)),
            restart_after=float(service.get("RestartSec", "3").rstrip("s")) if restart else None,
        )

    def write_state(self, ready: bool) -> None:
        state = {
            "url": self.url,
            "port": self.port,
            "app_ports": self.app_ports,
            "redis_port": self.redis_port,
            "varnish_port": self.varnish_port if self.with_varnish else None,
            "dir": str(self.dir),
            "env_file": str(self.dir / "env"),
            "supervisor": os.getpid(),
            "ready": ready,
            "pieces": {
                name: {"pid": piece.process.pid if piece.running else None, "starts": piece.starts, "argv": piece.argv}
                for name, piece in self.pieces.items()
            },
        }
        temporary = self.dir / "stack.json.tmp"
        temporary.write_text(json.dumps(state, indent=2))
        temporary.replace(self.dir / "stack.json")

    def wait_for(self, url: str, deadline: float) -> None:
        while time.monotonic() < deadline and not self.stopping.is_set():
            try:
                with urllib.request.urlopen(url, timeout=3) as response:  # noqa: S310 (loopback)
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise SystemExit(f"{url} did not answer within {START_TIMEOUT} s")

    # -- run ------------------------------------------------------------------------------------------
    def run(self) -> int:
        started = time.monotonic()
        self.dir.mkdir(parents=True, exist_ok=True)
        for sub in ("media", "static", "nginx"):
            (self.dir / sub).mkdir(exist_ok=True)
        say(f"state in {self.dir}")
        search: dict = {}
        es_thread = threading.Thread(target=self.elasticsearch, args=(search,), daemon=True)
        es_thread.start()
        database_url = self.database()
        say(f"PostgreSQL: {database_url}")

        rendered = self.dir / "etc"
        render_all(
            rendered,
            {
                "APP_SERVERS": ",".join(f"127.0.0.1:{port}" for port in self.app_ports),
                "SERVER_NAME": "localhost",
                "REAL_IP_FROM": "127.0.0.1,::1",
                "CONF_DIR": str(rendered / "nginx"),
                "CACHE_DIR": str(self.dir / "nginx" / "cache"),
                "MEDIA_ROOT": str(self.dir / "media"),
                "RUN_DIR": str(self.dir / "nginx"),
                "ACCESS_LOG": str(self.dir / "nginx" / "access.log"),
                "PORT": str(self.port),
                "USER": os.environ.get("USER", "root"),
                "APP_DIR": str(ROOT),
                "VENV": str(ROOT / ".venv"),
                "ENV_FILE": str(self.dir / "env"),
                "FRONTEND_CACHE": f"127.0.0.1:{self.varnish_port}" if self.with_varnish else "",
                "PURGERS": "127.0.0.1,::1",
            },
        )
        # The same environment for the operator's commands and the units; Elasticsearch may still be starting.
        env_file = self.write_env(database_url, "")
        env = self.base_env(env_file)
        redis_argv = ["redis-server", "--port", str(self.redis_port), "--bind", "127.0.0.1", "--save", "",
                      "--appendonly", "no", "--dir", str(self.dir)]  # fmt: skip
        self.pieces["redis"] = Piece("redis", redis_argv, env, restart_after=None)
        self.pieces["redis"].start()
        if self.with_varnish:
            if not Path(VARNISHD).exists():
                raise SystemExit("varnishd is missing: scripts/system-packages.sh varnish (or PROD_VARNISH=0)")
            # Its VCL and working directory must be readable by the unprivileged user it reads them as (the
            # state directory may be private: a copy goes beside the working directory).
            home = Path(tempfile.gettempdir()) / f"portal-varnish-{self.varnish_port}"
            shutil.rmtree(home, ignore_errors=True)
            home.mkdir(mode=0o755)
            vcl = home / "portal.vcl"
            shutil.copyfile(rendered / "varnish" / "portal.vcl", vcl)
            vcl.chmod(0o644)
            self.pieces["varnish"] = Piece(
                "varnish",
                [VARNISHD, "-F", "-n", str(home / "state"), "-a", f"127.0.0.1:{self.varnish_port}",
                 "-T", f"127.0.0.1:{self.varnish_admin_port}", "-f", str(vcl),
                 "-s", "malloc,256m", "-p", "ban_lurker_sleep=0.1",
                 "-p", "backend_idle_timeout=4"],  # closes idle connections before gunicorn does (its keepalive: 5 s)
                env,
                restart_after=3.0,
            )  # fmt: skip
            self.pieces["varnish"].start()  # now: the demo load's ban reaches it

        collected: dict = {}  # collectstatic needs no database: it runs beside migrate and load_demo
        collector = threading.Thread(
            target=lambda: collected.update(result=self.manage(env, "collectstatic", "--noinput", "--verbosity", "0",
                                                               check=False)),
            daemon=True,
        )  # fmt: skip
        collector.start()
        self.manage(env, "migrate", "--noinput", "--verbosity", "0")
        self.manage(env, "load_demo", "--force", "--no-index")
        collector.join(timeout=900)
        if "result" not in collected or collected["result"].returncode != 0:
            raise SystemExit("manage.py collectstatic failed")
        es_thread.join(timeout=START_TIMEOUT)
        if "error" in search or "url" not in search:
            raise SystemExit(f"Elasticsearch did not start: {search.get('error', 'timed out')}")
        say(f"Elasticsearch: {search['url']}")
        env_file = self.write_env(database_url, search["url"])
        env = self.base_env(env_file)
        self.manage(env, "search_index", "--rebuild")
        admin_password = self.secret("admin-password")
        created = self.manage(
            {**env, "DJANGO_SUPERUSER_PASSWORD": admin_password},
            "createsuperuser", "--noinput", "--username", "admin", "--email", "admin@example.invalid",
            check=False,
        )  # fmt: skip
        if created.returncode != 0 and "already taken" not in created.stderr:
            raise SystemExit("createsuperuser failed")
        self.manage(env, "check", "--deploy", "--fail-level", "ERROR")

        units = rendered / "systemd"
        for number, port in enumerate(self.app_ports, start=1):
            self.add_unit(
                f"web-{number}",
                units / "portal-web.service",
                env,
                {"GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_PROC_NAME": f"portal-web-{number}"},
            )
        self.add_unit("worker", units / "portal-worker.service", env)
        self.pieces["scheduler"] = Piece("scheduler", [PYTHON, "manage.py", "scheduler", "run"], env, restart_after=3.0)
        nginx_conf = rendered / "nginx" / "loopback.conf"
        for temp in ("client-body", "proxy", "fastcgi", "uwsgi", "scgi", "cache"):
            (self.dir / "nginx" / temp).mkdir(parents=True, exist_ok=True)
        self.pieces["nginx"] = Piece(
            "nginx",
            [NGINX, "-e", "stderr", "-p", str(self.dir / "nginx"), "-c", str(nginx_conf), "-g", "daemon off;"
             + (" user root;" if os.geteuid() == 0 else "")],
            env,
            restart_after=3.0,
        )  # fmt: skip
        for name, piece in self.pieces.items():
            if name not in {"redis", "varnish"}:
                piece.start()
        self.write_state(ready=False)
        deadline = time.monotonic() + START_TIMEOUT
        for port in self.app_ports:
            self.wait_for(f"http://127.0.0.1:{port}/healthz", deadline)
        self.wait_for(f"{self.url}/readyz", deadline)
        if self.with_varnish:
            self.wait_for(f"http://127.0.0.1:{self.varnish_port}/en/", deadline)
        self.write_state(ready=True)
        say(f"ready in {time.monotonic() - started:.0f} s")
        print(
            f"\n  The portal (production settings, through nginx): {self.url}/\n"
            f"  Admin: {self.url}/admin/  user admin, password {admin_password}\n"
            f"  Logs here; nginx's access log: {self.dir / 'nginx' / 'access.log'}. Ctrl-C stops everything.\n",
            flush=True,
        )
        self.supervise()
        return 0

    def supervise(self) -> None:
        while not self.stopping.wait(0.3):
            changed = False
            for name, piece in self.pieces.items():
                if piece.running:
                    continue
                if piece.died_at is None:
                    piece.died_at = time.monotonic()
                    say(f"{name} exited (code {piece.process.returncode})")
                    changed = True
                due = piece.restart_after is not None and time.monotonic() - piece.died_at >= piece.restart_after
                if due or self.revive.is_set():
                    say(f"starting {name} again")
                    piece.start()
                    changed = True
            self.revive.clear()
            if changed:
                self.write_state(ready=True)

    def shutdown(self) -> None:
        say("stopping")
        for name in ("nginx", "varnish", *[n for n in self.pieces if n.startswith("web-")], "worker", "scheduler"):
            if name in self.pieces:
                self.pieces[name].stop()
        for piece in self.pieces.values():
            piece.stop()
        for label, argv in reversed(self.cleanups):
            say(f"stopping {label}")
            subprocess.run(argv, cwd=ROOT, capture_output=True, timeout=120, check=False)
        state = self.dir / "stack.json"
        if state.exists():
            state.unlink()
        say("stopped")


def main() -> int:
    stack = Stack()

    def stop(signum, frame):
        if stack.stopping.is_set():
            return
        stack.stopping.set()
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGUSR1, lambda signum, frame: stack.revive.set())
    try:
        return stack.run()
    except KeyboardInterrupt:
        return 0
    finally:
        stack.shutdown()


if __name__ == "__main__":
    sys.exit(main())
