"""CSRF on every form: the site is crawled (public pages, the inquiry pages, the agency workspace, a
Wagtail page editor), every ``<form method="post">`` found is checked for its token, then posted
without it (403, nothing changes in the database) and with it (accepted). The JSON inquiry API is
csrf_exempt on purpose: it must then not act on a session either. So are the status page's forms, whose
inquiry token (in the body) is the credential: without it, or with a wrong one, they change nothing."""

import json
import re
from dataclasses import dataclass, field
from datetime import timedelta
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest
from django.test import Client
from django.utils import timezone, translation
from wagtail.admin.models import EditingSession
from wagtail.fields import StreamField
from wagtail.models import Page, Revision

from inquiries.models import Inquiry, InquiryEvent, InquiryStatus, OfficerAbsence, OutgoingEmail
from inquiries.services import inquiry_create, inquiry_set_status
from investment.models import OpportunityPage, ProjectPage, ZonePage

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db]

# Values for the fields a form leaves empty, so that a POST is otherwise valid.
FILL = {
    "name": "Aiko Tanaka",
    "email": "aiko.csrf@example.jp",
    "organisation": "Example Lotus Foods",
    "country": "JP",
    "message": "We would like to visit the site next month. Who can meet us?",
    "consent": "on",
    "text": "A line written by the CSRF test.",
    "reason": "The CSRF test hands it over.",
    "comment": "Helpful, thank you.",
    "starts_on": timezone.localdate().isoformat(),  # an absence of one day, today
    "ends_on": timezone.localdate().isoformat(),
}
# Forms expected on the crawl: the inquiry form on a project, an opportunity and a zone page and on
# /inquiries/new/ for each kind (6), the status page's follow-up and rating (2), the workspace's detail
# (one operation view per action: acknowledge, owner, status, reply, note, hand over, retry e-mail: 7+), the
# new-absence form, the outbox's retry (one per failed e-mail: 2+), the Wagtail page editor and its
# editing-session ping.
MIN_FORMS = 20
WORKSPACE_ACTIONS = ("acknowledge", "owner", "status", "reply", "note", "hand-over", "retry-email")
EXPECTED_ACTIONS = {
    "/vi/inquiries/new/",
    "/en/inquiries/new/",
    "/en/inquiries/status/",
    *(f"/admin/inquiries/<id>/{action}/" for action in WORKSPACE_ACTIONS),
    "/admin/inquiries/absences/new/",
    "/admin/inquiries/outbox/<id>/retry/",
    "/admin/pages/<id>/edit/",
    "/admin/editing-sessions/ping/wagtailcore/page/<id>/<id>/",
}

# Forms that carry a secret of their own instead of the CSRF token: the status page's post its inquiry's token
# (the page is sent with Referrer-Policy: no-referrer, under which Chromium posts with "Origin: null"; see
# inquiries/views/public.py). Action → the field that holds the secret.
CAPABILITY_FIELDS = {"/en/inquiries/status/": "token"}


@dataclass
class Form:
    source: str
    action: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    selects: dict[str, list[str]] = field(default_factory=dict)  # name → option values, when none is chosen
    radios: dict[str, list[str]] = field(default_factory=dict)  # name → values, when none is checked
    checkboxes: set[str] = field(default_factory=set)  # names of the checkboxes, checked or not
    has_token: bool = False
    label: str = ""
    # The Origin header a browser sends when it posts the form: "null" under a no-referrer policy.
    origin: str = "http://testserver"
    # Wagtail's JavaScript-driven forms (the editing-session ping) post to this URL with the token in the
    # X-CSRFToken header instead of an input.
    script_url: str = ""

    def data(self, *, token: bool) -> list[tuple[str, str]]:
        names = {name for name, _value in self.fields}
        data = []
        for name, value in self.fields:
            if name == "csrfmiddlewaretoken":
                if token:
                    data.append((name, value))
                continue
            data.append((name, value or FILL.get(name, value)))
        for name, options in self.selects.items():
            if name not in names:
                data.append((name, next((o for o in options if o), "")))
        for name, options in self.radios.items():
            data.append((name, options[-1]))
        for name in self.checkboxes - names:
            if name in FILL:  # the consent box; others (e.g. "close the inquiry") stay unchecked
                data.append((name, FILL[name]))
        return data


class FormParser(HTMLParser):
    """Every form of a page with its successful controls' default values (as a browser would post them)."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.source = source
        self.forms: list[Form] = []
        self.form: Form | None = None
        self.select: tuple[str, list[str], list[str]] | None = None  # name, options, selected
        self.option_value: str | None = None
        self.textarea: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag, attrs):
        a = {key: (value if value is not None else "") for key, value in attrs}
        if tag == "form":
            if a.get("method", "get").lower() == "post":
                self.form = Form(self.source, urljoin(self.source, a.get("action") or self.source))
                self.form.label = " ".join(filter(None, [a.get("class", ""), a.get("id", "")]))
                if a.get("data-w-swap-src-value"):
                    self.form.script_url = urljoin(self.source, a["data-w-swap-src-value"])
                self.forms.append(self.form)
            else:
                self.form = None
            return
        if self.form is None:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text").lower()
            if name == "csrfmiddlewaretoken" and kind == "hidden":
                self.form.has_token = True
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind == "checkbox":
                self.form.checkboxes.add(name)
                if "checked" in a:
                    self.form.fields.append((name, a.get("value", "on")))
            elif kind == "radio":
                if "checked" in a:
                    self.form.fields.append((name, a.get("value", "on")))
                    self.form.radios.pop(name, None)
                elif name not in {n for n, _v in self.form.fields}:
                    self.form.radios.setdefault(name, []).append(a.get("value", "on"))
            else:
                self.form.fields.append((name, a.get("value", "")))
        elif tag == "select" and name:
            self.select = (name, [], [])
        elif tag == "option" and self.select is not None:
            self.option_value = a.get("value")
            self.select[1].append(self.option_value or "")
            if "selected" in a:
                self.select[2].append(self.option_value or "")
        elif tag == "textarea" and name:
            self.textarea = (name, [])

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1].append(data)
        elif self.select is not None and self.option_value is None and self.select[1]:
            self.select[1][-1] = self.select[1][-1] or data.strip()

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "select" and self.select is not None and self.form is not None:
            name, options, selected = self.select
            if any(selected):  # a selected empty choice ("---------") is a placeholder: the test picks one
                self.form.fields.extend((name, value) for value in selected)
            else:
                self.form.selects[name] = options
            self.select = None
        elif tag == "option":
            self.option_value = None
        elif tag == "textarea" and self.textarea is not None and self.form is not None:
            name, parts = self.textarea
            self.form.fields.append((name, "".join(parts).removeprefix("\n")))
            self.textarea = None


def forms_on(client: Client, url: str) -> list[Form]:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    parser = FormParser(url)
    parser.feed(response.content.decode())
    if response.headers.get("Referrer-Policy", "") == "no-referrer":
        for form in parser.forms:
            form.origin = "null"
    return parser.forms


def database_state() -> dict:
    """What a forged POST could change: inquiries, their events and e-mails, absences, pages and revisions."""
    return {
        "inquiries": list(
            Inquiry.objects.order_by("pk").values_list(
                "pk", "status", "owner_id", "agency_id", "acknowledged_at", "first_reply_at", "satisfaction"
            )
        ),
        "events": list(InquiryEvent.objects.order_by("pk").values_list("pk", "kind")),
        "emails": list(OutgoingEmail.objects.order_by("pk").values_list("pk", "status", "attempts")),
        "absences": OfficerAbsence.objects.count(),
        "revisions": Revision.objects.count(),
        "editing_sessions": list(EditingSession.objects.order_by("pk").values_list("pk", "last_seen_at")),
        "pages": list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id", "draft_title", "live")),
    }


def create_inquiry(**overrides) -> tuple[Inquiry, str]:
    fields = {
        "kind": "investment",
        "name": "Kim Min-jun",
        "email": "minjun.csrf@example.kr",
        "message": "Is there industrial land with a port nearby?",
        "language": "en",
        "country": "KR",
        **overrides,
    }
    result = inquiry_create(**fields)
    return result.inquiry, result.token


@pytest.fixture
def crawl(settings, admin_user):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 0  # the crawl submits many inquiries from one address
    open_inquiry, open_token = create_inquiry()
    closed_inquiry, closed_token = create_inquiry(email="closed.csrf@example.kr")
    inquiry_set_status(inquiry=closed_inquiry, status=InquiryStatus.CLOSED, actor=admin_user)
    project = ProjectPage.objects.live().first()
    opportunity = OpportunityPage.objects.live().first()
    zone = ZonePage.objects.live().first()
    with translation.override("vi"):  # the pages in the source language, whatever an earlier test left active
        pages = [page.url for page in (project.get_parent(), opportunity.get_parent(), zone.get_parent())]
        pages += [page.url for page in (project, opportunity, zone)]
    public = [
        "/en/",
        *pages,
        "/en/inquiries/new/?kind=investment",
        "/en/inquiries/new/?kind=partnership",
        "/en/inquiries/new/?kind=general",
        f"/en/inquiries/status/{open_token}/",
        f"/en/inquiries/status/{closed_token}/",
        "/en/inquiries/response-times/",
        "/en/search/?q=lotus",
    ]
    admin = [
        "/admin/inquiries/",
        f"/admin/inquiries/{open_inquiry.pk}/",
        "/admin/inquiries/absences/",
        "/admin/inquiries/absences/new/",
        "/admin/inquiries/outbox/",
        "/admin/inquiries/dashboard/",
        f"/admin/pages/{project.pk}/edit/",
    ]
    return public, admin, project, open_inquiry


def show_every_action(inquiry: Inquiry) -> None:
    """Puts the inquiry back to unacknowledged with failed e-mails, so that the detail page shows the
    acknowledge and retry forms and the outbox its retry forms, whatever an earlier POST did."""
    Inquiry.objects.filter(pk=inquiry.pk).update(acknowledged_at=None)
    OutgoingEmail.objects.filter(inquiry=inquiry).update(
        status=OutgoingEmail.Status.FAILED, last_error="550 refused", next_attempt_at=timezone.now() + timedelta(days=1)
    )


def stream_field_inputs(page: Page, form: Form) -> list[tuple[str, str]]:
    """The editor's StreamFields post inputs that its JavaScript builds (``<name>-count`` and one group per
    block); the crawl cannot run it, so each StreamField is posted empty. The draft it saves is then valid."""
    posted = {name for name, _value in form.fields}
    names = [f.name for f in type(page)._meta.get_fields() if isinstance(f, StreamField)]
    return [(f"{name}-count", "0") for name in names if f"{name}-count" not in posted]


def generic_path(url: str) -> str:
    path = re.sub(r"/status/[^/]+/", "/status/<token>/", urlsplit(url).path)
    return re.sub(r"/\d+(?=/)", "/<id>", path)


def post(client: Client, url: str, data: list[tuple[str, str]], **headers):
    return client.post(url, urlencode(data), content_type="application/x-www-form-urlencoded", headers=headers)


def check_form(client: Client, form: Form) -> str | None:
    """Posts ``form`` without its token, then with it (and the Origin header a browser would send);
    returns a problem, or None."""
    action = form.script_url or form.action
    before = database_state()
    forged = post(client, action, form.data(token=False))
    if forged.status_code != 403 or b"CSRF" not in forged.content:
        return f"{action} without a token answered {forged.status_code}"
    if database_state() != before:
        return f"{action} without a token changed the database"
    if form.script_url:
        token = client.cookies["csrftoken"].value
        accepted = post(client, action, form.data(token=False), Origin=form.origin, X_CSRFToken=token)
    else:
        accepted = post(client, action, form.data(token=True), Origin=form.origin)
    if not 200 <= accepted.status_code < 400:
        return f"{action} with its token answered {accepted.status_code}"
    # The portal's forms mark an error with "field-error", Wagtail's admin forms with "error-message".
    if accepted.status_code == 200 and re.search(rb'class="(field-error|error-message)"', accepted.content):
        return f"{action} with its token was refused as invalid: the test's data is incomplete"
    return None


def check_capability_form(client: Client, form: Form, secret: str) -> str | None:
    """Posts ``form`` without its secret and with a wrong one (404, nothing changes), then as it is (accepted)."""
    action = form.action
    before = database_state()
    data = form.data(token=True)
    without = [(name, value) for name, value in data if name != secret]
    wrong = [(name, f"wrong-{value}" if name == secret else value) for name, value in data]
    for label, forged in (("without", without), ("with a wrong", wrong)):
        answer = post(client, action, forged, Origin=form.origin)
        if answer.status_code != 404:
            return f"{action} {label} {secret} answered {answer.status_code}"
        if database_state() != before:
            return f"{action} {label} {secret} changed the database"
    accepted = post(client, action, data, Origin=form.origin)
    if not 200 <= accepted.status_code < 400:
        return f"{action} with its {secret} answered {accepted.status_code}"
    return None


def test_every_post_form_has_a_token_and_refuses_a_forged_post(crawl, admin_user):
    public, admin, project, inquiry = crawl
    anonymous = Client(enforce_csrf_checks=True)
    officer = Client(enforce_csrf_checks=True)
    officer.force_login(admin_user)
    found, problems, actions = [], [], set()
    for client, urls in ((anonymous, public), (officer, admin)):
        for url in urls:
            show_every_action(inquiry)
            for form in forms_on(client, url):
                found.append(f"{urlsplit(url).path} → {urlsplit(form.action).path} [{form.label}]")
                actions.add(generic_path(form.script_url or form.action))
                if "/edit/" in url:
                    form.fields.extend(stream_field_inputs(project, form))
                secret = CAPABILITY_FIELDS.get(generic_path(form.action))
                if secret and not form.has_token:
                    found[-1] += f" (its {secret} is the credential)"
                    problem = check_capability_form(client, form, secret)
                    if problem:
                        problems.append(problem)
                    continue
                if form.script_url and not form.has_token:
                    found[-1] += f" → {urlsplit(form.script_url).path} (token in the X-CSRFToken header)"
                elif not form.has_token:
                    problems.append(f"{form.action} on {url} has no csrfmiddlewaretoken input")
                    continue
                problem = check_form(client, form)
                if problem:
                    problems.append(problem)
    coverage = "\n".join(found)
    assert len(found) >= MIN_FORMS, f"only {len(found)} POST forms found:\n{coverage}"
    assert actions >= EXPECTED_ACTIONS, f"missing: {EXPECTED_ACTIONS - actions}\nforms found:\n{coverage}"
    assert not problems, "\n".join(problems) + f"\n\nforms found ({len(found)}):\n{coverage}"
    print(f"{len(found)} POST forms checked:\n{coverage}")


def test_wrong_token_is_refused_too(db):
    client = Client(enforce_csrf_checks=True)
    form = forms_on(client, "/en/inquiries/new/?kind=general")[0]
    data = [(name, "x" * 64 if name == "csrfmiddlewaretoken" else value) for name, value in form.data(token=True)]
    count = Inquiry.objects.count()
    response = post(client, form.action, data)
    assert response.status_code == 403 and Inquiry.objects.count() == count


def api_payload(**overrides) -> str:
    payload = {
        "kind": "general",
        "name": "Wei Zhang",
        "email": "wei.csrf@example.cn",
        "country": "CN",
        "message": "Which agency handles solar projects?",
        "language": "en",
        "consent": True,
        **overrides,
    }
    return json.dumps(payload)


def test_inquiry_api_is_csrf_exempt_but_ignores_the_session(settings, admin_user):
    """POST /api/inquiries/ needs no CSRF token because it acts on no session: a signed-in superuser's
    cookies give it no power (it sets no cookie, answers no differently, and the inquiry is anonymous)."""
    settings.PORTAL_INQUIRY_RATE_LIMIT = 0
    anonymous = Client(enforce_csrf_checks=True)
    signed_in = Client(enforce_csrf_checks=True)
    signed_in.force_login(admin_user)
    signed_in.get("/admin/")  # a CSRF cookie too, as a browser would have it
    results = {}
    for label, client in (("anonymous", anonymous), ("signed in", signed_in)):
        response = client.post("/api/inquiries/", api_payload(email=f"{label[:4]}@example.cn"), "application/json")
        assert response.status_code == 201, (label, response.content)
        assert "sessionid" not in response.cookies and "csrftoken" not in response.cookies
        results[label] = response.json()
    assert results["anonymous"].keys() == results["signed in"].keys()
    inquiry = Inquiry.objects.get(email="sign@example.cn")
    assert not inquiry.events.filter(actor=admin_user).exists()
    # Whatever the session, the API only creates inquiries: fields an officer could set are ignored.
    response = signed_in.post(
        "/api/inquiries/",
        api_payload(email="hijack@example.cn", status="closed", agency="x", owner=admin_user.pk),
        "application/json",
    )
    assert response.status_code == 201
    hijack = Inquiry.objects.get(email="hijack@example.cn")
    assert hijack.status != InquiryStatus.CLOSED and hijack.owner_id != admin_user.pk
    assert not hijack.events.filter(actor=admin_user).exists()
    # Other methods are refused, with or without a session.
    assert signed_in.get("/api/inquiries/").status_code == 405
    assert signed_in.delete("/api/inquiries/").status_code == 405
