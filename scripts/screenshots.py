#!/usr/bin/env python3
"""`make screenshots`: PNGs of a project page, its fact sheet and an inquiry's private status page in Japanese,
Korean and Chinese, for the issue notes (before/after pictures of what a reader of each language sees).

Reads the demo from DATABASE_URL (load it first: `python manage.py load_demo`), starts the portal itself on a
free loopback port (SCREENSHOTS_PORT overrides), drives Chromium (/usr/bin/chromium, headless, no sandbox, no
GPU, no background networking) through Playwright, writes var/screenshots/<language>-<page>.png (not committed)
and prints their paths. The status page is that of an answered demo inquiry (its private token is derived from
the stored salt, as the e-mails do); the pages' view beacon is blocked so that screenshots count no views.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "var" / "screenshots"
LANGUAGES = ("ja", "ko", "zh-hans")
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
START_SECONDS = 90


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def demo_paths() -> dict[str, dict[str, str]]:
    """``{language: {name: path}}`` of the three pages, read from the demo database."""
    import django  # noqa: PLC0415 (a script: Django is set up here, after the environment is read)

    sys.path.insert(0, str(ROOT))
    django.setup()
    from cms.i18n import page_url_in  # noqa: PLC0415
    from inquiries.models import Inquiry  # noqa: PLC0415
    from investment.models import ProjectPage  # noqa: PLC0415

    project = ProjectPage.objects.live().public().order_by("pk").first()
    answered = Inquiry.objects.filter(first_reply_at__isnull=False, anonymised_at__isnull=True).order_by("pk")
    if project is None or not answered.exists():
        sys.exit("screenshots: no demo in DATABASE_URL (run `python manage.py load_demo` first)")
    paths = {}
    for language in LANGUAGES:
        inquiry = answered.filter(language=language).first() or answered.first()
        url = page_url_in(project, language)
        paths[language] = {
            "project": url,
            "fact-sheet": url + project.reverse_subpage("fact_sheet"),
            "status": f"/{language}/inquiries/status/{inquiry.status_token}/",
        }
    return paths


def wait_until_up(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"screenshots: the server stopped (exit {server.returncode})")
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2):  # noqa: S310 (loopback)
                return
        except OSError:
            time.sleep(0.5)
    sys.exit(f"screenshots: the server did not answer within {START_SECONDS} s")


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    if not os.environ.get("DATABASE_URL"):
        sys.exit("screenshots: set DATABASE_URL to the database with the demo")
    paths = demo_paths()
    port = int(os.environ.get("SCREENSHOTS_PORT") or free_port())
    base = f"http://127.0.0.1:{port}"
    OUT.mkdir(parents=True, exist_ok=True)
    log = (OUT / "server.log").open("w")
    server = subprocess.Popen(  # noqa: S603 (our own interpreter and manage.py)
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_up(base, server)
        from playwright.sync_api import sync_playwright  # noqa: PLC0415

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            try:
                for language, pages in paths.items():
                    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale=language)
                    context.route("**/api/insights/**", lambda route: route.abort())
                    tab = context.new_page()
                    for name, path in pages.items():
                        response = tab.goto(base + path, wait_until="load", timeout=60_000)
                        if response is None or response.status != 200:
                            sys.exit(f"screenshots: {path} answered {response.status if response else 'nothing'}")
                        target = OUT / f"{language}-{name}.png"
                        tab.screenshot(path=str(target), full_page=True)
                        print(target)
                    context.close()
            finally:
                browser.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


if __name__ == "__main__":
    main()
