"""Stored and reflected XSS, checked in Chromium on a real portal server: script payloads go into every
inquiry field (through the JSON API and the HTML form), into the officer's reply and note, into the
reference data the statistics draw (a sector, an agency) and into a project page's text and rich text.
Then every view that shows them is opened as the investor and as a signed-in superuser: the public pages,
the listing and its map, the search page with highlights and type-ahead, the status page, the workspace,
the statistics, the CSV export and the Wagtail editor.

Each view must leave ``window.__xss`` undefined, open no dialog, contain no element built from a payload
(an ``img[src=x]``, an ``on…`` handler or a ``javascript:`` link that mentions ``__xss``, a script that
mentions it) and show the payload as text. The browser contexts bypass the Content Security Policy, so the
test proves the escaping itself, not the CSP that would otherwise hide a hole on the public site."""

import csv
import io
import json
import re
import subprocess
import sys
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pytest

from tests.live_server import ROOT, prepared_environment, running_server

pytestmark = pytest.mark.browser
DB_NAME = "portal_xss"
ADMIN = ("xss-root", "xss-root-password")

SCRIPT = "<script>window.__xss=1</script>"
IMG = '"><img src=x onerror="window.__xss=1">'
SVG = "<svg onload=window.__xss=1>"
ALERT = "<img src=x onerror=alert(document.domain)>"
ATTR = "' onmouseover='window.__xss=1' x='"
TEMPLATE = "{{7*7}}{% debug %}"
TEXTAREA = "</textarea><script>window.__xss=1</script>"
JS_URL = "javascript:window.__xss=1"
PROBE = "xssprobe"  # a word to search for

NAME = f"{PROBE} {IMG} {SVG}"
ORGANISATION = f"{ALERT} {ATTR} {TEMPLATE}"
EMAIL = "o'brien+xss@example.com"  # an apostrophe: the one quote an ordinary address may hold
QUOTED_EMAIL = '"<svg/onload=window.__xss=1>"@example.com'  # valid by RFC 5321, refused (issue 12, item 6)
MESSAGE = f"Hello {SCRIPT} {IMG}\n{TEXTAREA} {TEMPLATE} {JS_URL} {SVG}"
FOLLOW_UP = f"Follow-up {TEXTAREA} {ALERT}"
REPLY = f"Reply {SCRIPT} {IMG} {TEMPLATE}"
NOTE = f"Note {SVG} {ATTR}"
# CSV injection: these cells must reach the export with a leading apostrophe.
FORMULA_NAME = '=HYPERLINK("http://evil.example","click")'
FORMULA_ORGANISATION = "@SUM(1+1)*cmd|' /C calc'!A0"
FORMULA_MESSAGE = "+1+1 and a longer message -2+3"

PAGE_TITLE = f"{PROBE} {SCRIPT} {IMG}"
PAGE_SUMMARY = f"{PROBE} summary {SVG} {ALERT} {TEMPLATE}"
PAGE_TEXT = f"{PROBE} {IMG} {ATTR}"  # the other text fields of the project
RICH_TEXT = f"{PROBE} rich {SCRIPT} {IMG}"
SECTOR_NAME = f"Sector {IMG}"
AGENCY_NAME = f"Agency {SVG}"

# Run inside the server's database (manage.py shell): the payloads that an editor or an administrator
# would type, saved the way the admin saves them (rich text through the editor's converter).
SEED = r"""
import json
from decimal import Decimal
from django.contrib.auth import get_user_model
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from cms.blocks import RICH_TEXT_FEATURES
from investment.models import Agency, ProjectPage, Sector

data = json.loads(DATA)
get_user_model().objects.create_superuser(data["admin"][0], "xss-root@example.com", data["admin"][1])
sector = Sector.objects.roots().order_by("code").first()
sector.name_en = data["sector"]
sector.save()
page = ProjectPage.objects.live().filter(latitude__isnull=False).order_by("pk").first()
agency = page.agency
agency.name_en = agency.short_name_en = data["agency"]
agency.save()
# Draftail's contentstate: the payload typed as text, and a link whose URL is a javascript: URL.
contentstate = {
    "blocks": [
        {"key": "a1", "type": "unstyled", "text": data["rich"], "depth": 0, "inlineStyleRanges": [],
         "entityRanges": [{"offset": 0, "length": 8, "key": 0}]},
    ],
    "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": data["js_url"]}}},
}
html = ContentstateConverter(features=RICH_TEXT_FEATURES).to_database_format(json.dumps(contentstate))
assert "javascript:" not in html and "<script" not in html, html
page.title_en = data["title"]
page.summary_en = data["summary"]
for name in ("legal_basis_en", "nearest_port_en", "nearest_airport_en", "nearest_city_en", "contact_name_en"):
    setattr(page, name, data["text"])
page.description_en = [("paragraph", html)]
page.sectors.add(sector)
# Away from the other markers, so that the map shows it on its own and never inside a cluster.
page.latitude, page.longitude = Decimal("11.6"), Decimal("107.1")
page.save_revision().publish()
print(json.dumps({"page": page.pk, "sector": sector.pk, "agency": agency.slug, "stored_rich_text": html}))
"""


@dataclass
class Portal:
    url: str
    page_id: int
    sector_id: int
    stored_rich_text: str


def manage(env, *args, stdin: str | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, input=stdin, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.fixture(scope="module")
def portal(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("xss")
    env = prepared_environment(tmp, {"PORTAL_INQUIRY_RATE_LIMIT": "0"}, name=DB_NAME)
    data = {
        "admin": ADMIN,
        "sector": SECTOR_NAME,
        "agency": AGENCY_NAME,
        "rich": RICH_TEXT,
        "js_url": JS_URL,
        "title": PAGE_TITLE,
        "summary": PAGE_SUMMARY,
        "text": PAGE_TEXT,
    }
    code = f"DATA = {json.dumps(json.dumps(data))}\n{SEED}"
    seeded = json.loads(manage(env, "shell", "-c", code).strip().splitlines()[-1])
    with running_server(env, tmp / "server.log") as url:
        yield Portal(url, seeded["page"], seeded["sector"], seeded["stored_rich_text"])


def new_context(browser):
    context = browser.new_context(bypass_csp=True)  # prove the escaping, not the CSP
    page = context.new_page()
    page.dialogs = []

    def on_dialog(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return context, page


@pytest.fixture(scope="module")
def investor(browser):
    context, page = new_context(browser)
    yield page
    context.close()


@pytest.fixture(scope="module")
def officer(browser, portal):
    context, page = new_context(browser)
    page.goto(f"{portal.url}/admin/login/")
    page.fill("input[name=username]", ADMIN[0])
    page.fill("input[name=password]", ADMIN[1])
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/$"))
    yield page
    context.close()


INJECTED = """() => {
  const found = [];
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase(), value = attribute.value;
      if (name.startsWith("on") && /__xss|alert/.test(value)) found.push(`${element.tagName} ${name}=${value}`);
      if (["href", "src", "action", "formaction", "xlink:href"].includes(name) && /^\\s*javascript:/i.test(value))
        found.push(`${element.tagName} ${name}=${value}`);
    }
    if (element.tagName === "IMG" && element.getAttribute("src") === "x") found.push("img[src=x]");
    if (element.tagName === "SCRIPT" && element.type !== "application/json" && /__xss/.test(element.textContent))
      found.push(`script: ${element.textContent.slice(0, 80)}`);
  }
  return found;
}"""


def assert_clean(page, where: str, shown: tuple[str, ...] = ()):
    """No payload ran or became markup on ``page``; each of ``shown`` is visible as text."""
    page.wait_for_load_state("load")
    assert page.evaluate("() => window.__xss") is None, f"a payload ran on {where}"
    assert not page.dialogs, f"a dialog opened on {where}: {page.dialogs}"
    injected = page.evaluate(INJECTED)
    assert not injected, f"payload markup on {where}: {injected}"
    text = page.locator("body").inner_text()
    for fragment in shown:
        assert fragment in text, f"{fragment!r} is not shown as text on {where}"


def api_post(portal: Portal, payload: dict, **headers) -> tuple[int, dict, str]:
    request = urllib.request.Request(
        f"{portal.url}/api/inquiries/",
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json", **headers},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, json.loads(response.read()), response.headers["Content-Type"]
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read()), error.headers["Content-Type"]


def base_payload(portal: Portal, **overrides) -> dict:
    return {
        "kind": "investment",
        "name": NAME,
        "email": EMAIL,
        "organisation": ORGANISATION,
        "country": "JP",
        "phone": "+81 3 1234 5678",
        "message": MESSAGE,
        "page": portal.page_id,
        "sector": portal.sector_id,
        "language": "en",
        "consent": True,
        **overrides,
    }


REFERENCES: dict[str, str] = {}


def test_api_stores_payloads_in_every_free_text_field_and_refuses_them_elsewhere(portal):
    status, body, _type = api_post(portal, base_payload(portal), **{"Idempotency-Key": f"key {SCRIPT}"})
    assert status == 201, body
    REFERENCES["api"] = body["reference"]
    status, body, _type = api_post(
        portal, base_payload(portal, name=FORMULA_NAME, organisation=FORMULA_ORGANISATION, message=FORMULA_MESSAGE)
    )
    assert status == 201, body
    REFERENCES["formula"] = body["reference"]
    # The constrained fields refuse payloads, with JSON errors (never an HTML page echoing them).
    for field, value in [*((name, IMG) for name in ("kind", "country", "phone", "page", "sector", "email")),
                         ("email", QUOTED_EMAIL)]:  # fmt: skip
        status, body, content_type = api_post(portal, base_payload(portal, **{field: value}))
        assert status == 400 and field in body["errors"], (field, body)
        assert content_type.startswith("application/json")
    status, body, _type = api_post(portal, base_payload(portal, language=SCRIPT))
    assert status in (201, 400), body  # an unknown language is refused or replaced, never stored as given


def test_investor_form_reflects_and_stores_payloads_as_text(portal, investor):
    page = investor
    page.goto(f"{portal.url}/en/inquiries/new/?kind=partnership&page={portal.page_id}")
    assert_clean(page, "the inquiry form about the project", (PAGE_TITLE,))
    form = page.locator("form.inquiry-form")
    form.locator("[name=name]").fill(NAME)
    form.locator("[name=email]").fill("investor.xss@example.jp")
    form.locator("[name=organisation]").fill(ORGANISATION)
    form.locator("[name=country]").select_option("KR")
    form.locator("[name=phone]").fill(IMG)  # refused: the form comes back with the value
    form.locator("[name=message]").fill(MESSAGE)
    form.locator("[name=consent]").check()
    form.locator("button[type=submit]").click()
    page.wait_for_load_state("load")
    assert_clean(page, "the refused form")
    form = page.locator("form.inquiry-form")
    assert form.locator("[name=phone]").input_value() == IMG
    assert form.locator("[name=name]").input_value() == NAME
    assert form.locator("[name=message]").input_value() == MESSAGE
    form.locator("[name=phone]").fill("+82 2 555 0100")
    form.locator("[name=consent]").check()
    form.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/inquiries/status/.*"))
    REFERENCES["form"] = re.search(r"DT-\d{4}-\d{6}", page.locator("h1").inner_text()).group(0)
    REFERENCES["status_url"] = page.url
    assert_clean(page, "the status page", (SCRIPT, IMG, TEXTAREA, TEMPLATE))
    page.fill("form.inquiry-form textarea[name=message]", FOLLOW_UP)
    page.click("form.inquiry-form button[type=submit]")
    page.wait_for_load_state("load")
    assert_clean(page, "the status page after a follow-up", ("Follow-up", TEXTAREA, ALERT))


def test_officer_views_show_payloads_as_text(portal, officer):
    page = officer
    page.goto(f"{portal.url}/admin/inquiries/")
    assert_clean(page, "the workspace", (NAME.split("\n")[0], ALERT))
    page.goto(f"{portal.url}/admin/inquiries/?q={urllib.parse.quote(IMG)}&agency={urllib.parse.quote(SVG)}")
    assert_clean(page, "the workspace searched for a payload")
    assert page.locator("form[data-search-form] input[name=q]").input_value() == IMG
    for key in ("api", "form"):
        page.goto(f"{portal.url}/admin/inquiries/")
        page.click(f"tr[data-reference='{REFERENCES[key]}'] a")
        page.wait_for_load_state("load")
        assert_clean(page, f"the {key} inquiry", (SCRIPT, IMG, TEXTAREA, ALERT, PAGE_TITLE))
    # The form inquiry's page: note and reply with payloads, shown back in the timeline.
    page.fill("form.inquiry-note-form textarea[name=text]", NOTE)
    page.click("form.inquiry-note-form button[type=submit]")
    page.wait_for_load_state("load")
    assert_clean(page, "the detail page with a note", (NOTE,))
    page.fill("form.inquiry-reply-form textarea[name=text]", REPLY)
    page.click("form.inquiry-reply-form button[type=submit]")
    page.wait_for_load_state("load")
    assert_clean(page, "the detail page with a reply", (REPLY, FOLLOW_UP.split(" ")[0]))
    page.goto(f"{portal.url}/admin/inquiries/dashboard/")
    assert_clean(page, "the statistics", (AGENCY_NAME,))
    assert page.locator("svg.chart text", has_text=SECTOR_NAME[:32]).count() >= 1
    page.goto(f"{portal.url}/admin/inquiries/outbox/")
    assert_clean(page, "the outbox")


def test_csv_export_guards_formulas(portal, officer):
    response = officer.request.get(f"{portal.url}/admin/inquiries/?export=csv")
    assert response.status == 200 and response.headers["content-type"].startswith("text/csv")
    header, *lines = list(csv.reader(io.StringIO(response.text().lstrip("\ufeff"))))
    rows = {row[0]: row for row in lines}
    name, organisation, message = 6, 8, 15  # the columns (their headers are in the officer's language)
    assert len(header) == 16
    formula = rows[REFERENCES["formula"]]
    assert formula[name] == "'" + FORMULA_NAME
    assert formula[organisation] == "'" + FORMULA_ORGANISATION
    assert formula[message] == "'" + FORMULA_MESSAGE
    stored = rows[REFERENCES["api"]]
    assert stored[name] == NAME and stored[message] == MESSAGE  # kept as typed, not mangled
    for row in rows.values():
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row), row


def test_investor_sees_the_reply_as_text(portal, investor):
    investor.goto(REFERENCES["status_url"])
    assert_clean(investor, "the status page with the reply", (REPLY,))
    assert NOTE not in investor.locator("body").inner_text()  # internal notes stay internal


def test_page_payloads_are_escaped_on_every_view(portal, investor, officer):
    page = investor
    with urllib.request.urlopen(f"{portal.url}/api/v2/pages/{portal.page_id}/?lang=en", timeout=10) as response:
        detail = portal.url + urllib.parse.urlsplit(json.loads(response.read())["meta"]["html_url"]).path
    page.goto(detail)
    assert_clean(page, "the project page", (PAGE_TITLE, PAGE_SUMMARY, PAGE_TEXT, RICH_TEXT, SECTOR_NAME, AGENCY_NAME))
    assert "javascript:" not in portal.stored_rich_text  # the editor's converter dropped the link
    listing = detail.rstrip("/").rsplit("/", 1)[0] + "/"
    page.goto(listing)
    assert_clean(page, "the project listing", (PAGE_TITLE, SECTOR_NAME))
    page.goto(f"{listing}?view=map")
    markers = page.locator("#catalogue-map .map-dot")
    markers.first.wait_for()
    for index in range(markers.count()):  # every tooltip opened
        markers.nth(index).dispatch_event("mouseover")
    assert page.locator(".leaflet-tooltip", has_text=PROBE).count() == 1
    assert_clean(page, "the map with its tooltips", (PAGE_TITLE,))
    for index in range(markers.count()):  # every popup opened, one after the other
        markers.nth(index).dispatch_event("click")
        assert_clean(page, "the map with a popup")

    page.goto(f"{portal.url}/en/search/?q={PROBE}")
    assert_clean(page, "the search results", (PAGE_TITLE,))
    marks = page.locator(".search-highlight mark")
    assert marks.count() >= 1 and marks.first.inner_text().lower() == PROBE
    page.goto(f"{portal.url}/en/search/?q={urllib.parse.quote(IMG + ' ' + SCRIPT)}&sector={urllib.parse.quote(SVG)}")
    assert_clean(page, "the search page for a payload query")
    page.locator("input[data-suggest-url]").first.fill(PROBE)
    page.locator("[role=option]").first.wait_for(timeout=10_000)
    assert_clean(page, "the type-ahead suggestions")

    officer.goto(f"{portal.url}/admin/pages/{portal.page_id}/edit/")
    assert_clean(officer, "the Wagtail editor")
    title_input = officer.locator("input[name=title_en]")
    assert title_input.input_value() == PAGE_TITLE
    officer.goto(f"{portal.url}/admin/pages/{portal.page_id}/")
    assert_clean(officer, "the page explorer")
