"""Two stateless app servers on one database: an editor publishes on one, and readers of the
other see the change at once, even though both cache pages."""

import json
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from tests.live_server import ROOT, prepared_environment, running_server

pytestmark = pytest.mark.browser


def _get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (loopback)
            return response.status, response.headers.get("X-Page-Cache", ""), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, "", ""


def test_publish_on_one_server_is_visible_on_the_other(tmp_path, browser):
    env = prepared_environment(tmp_path, {"PORTAL_PAGE_CACHE_SECONDS": "600"}, name="portal_two_servers")
    env["DJANGO_SUPERUSER_PASSWORD"] = "a-long-editor-password"
    subprocess.run(
        [sys.executable, "manage.py", "createsuperuser", "--noinput", "--username", "editor", "--email", "e@x.test"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    with running_server(env, tmp_path / "a.log") as server_a, running_server(env, tmp_path / "b.log") as server_b:
        listing = _get(f"{server_b}/api/v2/pages/?type=cms.InvestorGuidePage&fields=_,id,html_url&lang=en")
        guide = json.loads(listing[2])["items"][0]
        path = "/" + guide["meta"]["html_url"].split("://", 1)[1].split("/", 1)[1]
        _get(server_b + path)
        status, cache, html = _get(server_b + path)
        assert (status, cache) == (200, "hit")
        assert "Published on server A" not in html

        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{server_a}/admin/login/")
        page.fill("#id_username", "editor")
        page.fill("#id_password", "a-long-editor-password")
        page.click("button[type=submit]")
        page.wait_for_url(f"{server_a}/admin/")
        page.goto(f"{server_a}/admin/pages/{guide['id']}/edit/")
        page.evaluate(
            """() => {
                document.getElementById('id_title_en').value = 'Published on server A';
                const form = document.getElementById('id_title_en').form;
                const action = document.createElement('input');
                action.type = 'hidden'; action.name = 'action-publish'; action.value = 'action-publish';
                form.appendChild(action);
                form.requestSubmit();
            }"""
        )
        page.wait_for_load_state("networkidle")
        context.close()

        status, cache, html = _get(server_b + path)
        assert status == 200
        assert "Published on server A" in html
        assert cache == "miss"
