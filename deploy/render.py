#!/usr/bin/env python3
"""Renders the nginx and systemd files of deploy/ for one installation: {{ NAME }} placeholders are
replaced, and a placeholder left without a value is an error. make prod (scripts/prod.py) renders the
very same files for its loopback stack, so what the tests exercise is what is shipped.

    python3 deploy/render.py OUTPUT_DIR --set APP_SERVERS=10.0.0.11:8000,10.0.0.12:8000 \\
        --set SERVER_NAME=invest.example.gov.vn [--set NAME=VALUE ...]

writes OUTPUT_DIR/nginx/{portal.conf,portal-http.conf,portal-locations.conf,loopback.conf},
OUTPUT_DIR/varnish/portal.vcl and OUTPUT_DIR/systemd/*. Copy nginx/portal-*.conf to CONF_DIR and portal.conf
to /etc/nginx/sites-enabled/; varnish/portal.vcl to /etc/varnish/ (Debian's varnish.service, see README.md);
the units and timers to /etc/systemd/system/.

Lists (comma-separated): APP_SERVERS (host:port of each gunicorn), REAL_IP_FROM (addresses or networks
of a load balancer or CDN in front of nginx, usually none) and PURGERS (who may send Varnish PURGE and BAN:
the app servers' addresses or networks). FRONTEND_CACHE is Varnish's host:port as nginx reaches it; empty,
nginx sends pages straight to the app servers. PAGE_TTL bounds how long Varnish keeps a page unpurged.
"""

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLACEHOLDER = re.compile(r"\{\{ ([A-Z_]+) \}\}")

DEFAULTS = {
    "CONF_DIR": "/etc/nginx/portal",
    "CACHE_DIR": "/var/cache/nginx/portal",
    "MEDIA_ROOT": "/srv/portal/media",
    "TLS_CERTIFICATE": "/etc/ssl/portal/fullchain.pem",
    "TLS_CERTIFICATE_KEY": "/etc/ssl/portal/privkey.pem",
    "REAL_IP_FROM": "",
    "USER": "portal",
    "APP_DIR": "/srv/portal/app",
    "VENV": "/srv/portal/app/.venv",
    "ENV_FILE": "/etc/portal/env",
    "RUN_DIR": "/run/portal-nginx",
    "ACCESS_LOG": "/var/log/nginx/portal-access.log",
    "PORT": "8080",
    "FRONTEND_CACHE": "",
    "PURGERS": "127.0.0.1,::1",
    "PAGE_TTL": "10m",
}
REQUIRED = ("APP_SERVERS", "SERVER_NAME")


def _items(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _host_port(server: str) -> tuple[str, str]:
    host, _, port = server.rpartition(":")
    return host.strip("[]"), port


def _acl_entry(entry: str) -> str:
    """``10.0.0.0/8`` → ``"10.0.0.0"/8`` (Varnish's ACL syntax)."""
    address, _, bits = entry.partition("/")
    return f'"{address}"' + (f"/{bits}" if bits else "")


def expand(values: dict[str, str]) -> dict[str, str]:
    """The text each placeholder becomes (lists become nginx directives)."""
    result = {**DEFAULTS, **values}
    servers = _items(result.get("APP_SERVERS", ""))
    result["APP_SERVERS"] = "\n".join(f"    server {server} max_fails=1 fail_timeout=5s;" for server in servers)
    cache = result.get("FRONTEND_CACHE", "").strip()
    # Pages: through Varnish when there is one, with the app servers as nginx's backup if it is down.
    result["PAGES_SERVERS"] = (
        f"    server {cache} max_fails=1 fail_timeout=5s;\n"
        + "\n".join(f"    server {server} backup;" for server in servers)
        if cache
        else result["APP_SERVERS"]
    )
    names = [f"app_{number}" for number in range(1, len(servers) + 1)]
    result["VARNISH_BACKENDS"] = "\n".join(
        f'backend {name} {{ .host = "{host}"; .port = "{port}"; .probe = portal_health;\n'
        f"    .connect_timeout = 1s; .first_byte_timeout = 35s; .between_bytes_timeout = 35s; }}"
        for name, (host, port) in zip(names, (_host_port(server) for server in servers), strict=True)
    )
    result["VARNISH_DIRECTOR"] = "\n".join(f"    portal_app.add_backend({name});" for name in names)
    # A GET that failed on one app server is tried on each of the others in turn (round robin alone could pick the
    # dead one again: the probe needs a second or two to mark it down, and other requests move the rotation).
    result["VARNISH_RETRIES"] = str(max(1, len(names) - 1))
    result["VARNISH_RETRY_BACKEND"] = (
        "\n".join(
            f'        {"if" if number == 0 else "elsif"} (bereq.http.X-Portal-Failed == "{name}") '
            f"{{ set bereq.backend = {names[(number + 1) % len(names)]}; }}"
            for number, name in enumerate(names)
        )
        or "        # (no app server)"
    )
    # Which app server answered, for make prod's tests (nginx's loopback server shows it; portal.conf hides it).
    result["VARNISH_UPSTREAM_HEADER"] = "\n".join(
        f'    if (beresp.backend.name == "{name}") {{ set beresp.http.X-Upstream = "{server}"; }}'
        for name, server in zip(names, servers, strict=True)
    )
    result["PURGERS"] = "\n".join(f"    {_acl_entry(entry)};" for entry in _items(result.get("PURGERS", "")))
    trusted = _items(result.get("REAL_IP_FROM", ""))
    result["REAL_IP_FROM"] = (
        "\n".join(f"set_real_ip_from {entry};" for entry in trusted) or "# (no proxy in front of nginx)"
    )
    return result


def render_text(text: str, values: dict[str, str], name: str = "") -> str:
    missing = sorted({key for key in PLACEHOLDER.findall(text) if not values.get(key)})
    if missing:
        raise SystemExit(f"{name}: no value for {', '.join(missing)} (use --set NAME=VALUE)")
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], text)


def render_all(output: Path, values: dict[str, str]) -> list[Path]:
    expanded = expand(values)
    written = []
    for folder in ("nginx", "systemd", "varnish"):
        target = output / folder
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted((HERE / folder).iterdir()):
            if source.is_file():
                path = target / source.name
                path.write_text(render_text(source.read_text(), expanded, f"{folder}/{source.name}"))
                written.append(path)
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args(argv)
    values = dict(item.split("=", 1) for item in args.set)
    missing = [name for name in REQUIRED if not values.get(name)]
    if missing:
        parser.error(f"--set {' and '.join(missing)} are required")
    for path in render_all(args.output, values):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
