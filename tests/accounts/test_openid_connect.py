"""Single sign-on through OpenID Connect against a REAL provider: django-oauth-toolkit's OpenID Connect provider,
a separate tiny Django project (tests/accounts/oidc_provider/) served by its own runserver process on loopback,
started once for this module. The portal is configured the way an operator configures it (the PORTAL_OIDC_*
variables read by portal.settings.env.openid_connect_providers), discovers the provider, sends the reader through
the authorization-code flow with PKCE, exchanges the code for tokens over HTTP, checks the signed ID token with the
provider's published keys, and signs the investor in with the address the provider vouches for."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import Client, override_settings

from accounts.models import ConsentRecord
from portal.settings.env import openid_connect_providers
from tests.accounts.conftest import PASSWORD
from tests.live_server import free_port

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
CLIENT_ID = "portal-test-client"
CLIENT_SECRET = "portal-test-secret-0123456789"
PROVIDER_PASSWORD = "provider-password"
LANGUAGES = ["vi", "en", "ja", "ko", "zh-hans"]
User = get_user_model()


class Provider:
    def __init__(self, state: Path):
        self.state = state
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def env(self) -> dict:
        env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
        return {**env, "OIDC_PROVIDER_STATE": str(self.state), "DJANGO_SETTINGS_MODULE": ""}

    def start(self):
        self.state.mkdir(parents=True, exist_ok=True)
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        (self.state / "rsa.pem").write_bytes(pem)
        settings_arg = "--settings=tests.accounts.oidc_provider.settings"
        redirects = [f"http://testserver/{code}/account/oidc/province/login/callback/" for code in LANGUAGES]
        subprocess.run(
            [sys.executable, "-m", "django", "provider_setup", CLIENT_ID, CLIENT_SECRET, *redirects, settings_arg],
            cwd=ROOT,
            env=self.env(),
            check=True,
            capture_output=True,
            timeout=120,
        )
        self.log = open(self.state / "provider.log", "wb")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "django", "runserver", f"127.0.0.1:{self.port}", "--noreload", settings_arg],
            cwd=ROOT,
            env=self.env(),
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{self.url}/o/.well-known/openid-configuration", timeout=2).status_code == 200:
                    return self
            except requests.ConnectionError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((self.state / "provider.log").read_text()[-3000:])
            time.sleep(0.2)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log.close()


@pytest.fixture(scope="module")
def provider(tmp_path_factory):
    provider = Provider(tmp_path_factory.mktemp("oidc-provider")).start()
    yield provider
    provider.stop()


@pytest.fixture
def sso(provider, monkeypatch):
    """The portal configured for the provider through the documented environment variables."""
    monkeypatch.setenv("PORTAL_OIDC_SERVER_URL", f"{provider.url}/o")
    monkeypatch.setenv("PORTAL_OIDC_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("PORTAL_OIDC_CLIENT_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("PORTAL_OIDC_NAME", "Cổng định danh của tỉnh")
    with override_settings(SOCIALACCOUNT_PROVIDERS=openid_connect_providers()):
        yield provider


def sign_in_at_the_provider(provider: Provider, authorize_url: str, username: str) -> str:
    """What the reader's browser does at the provider: open the authorization URL, sign in, come back. Returns
    the portal's callback path with its query (code and state)."""
    browser = requests.Session()
    response = browser.get(authorize_url, allow_redirects=False, timeout=10)
    assert response.status_code == 302 and response.headers["Location"].startswith("/login/"), response.text[:500]
    login_url = provider.url + response.headers["Location"]
    form = browser.get(login_url, timeout=10)
    csrf = browser.cookies["csrftoken"]
    nxt = parse_qs(urlsplit(login_url).query)["next"][0]
    response = browser.post(
        f"{provider.url}/login/",
        data={"username": username, "password": PROVIDER_PASSWORD, "csrfmiddlewaretoken": csrf, "next": nxt},
        headers={"Referer": login_url},
        allow_redirects=False,
        timeout=10,
    )
    assert response.status_code == 302, form.text[:300]
    for _ in range(5):  # back to the authorization endpoint, then to the portal
        location = response.headers["Location"]
        if location.startswith("http://testserver/"):
            return location.removeprefix("http://testserver")
        response = browser.get(provider.url + location if location.startswith("/") else location, allow_redirects=False)
        assert response.status_code == 302, response.text[:500]
    raise AssertionError("The provider never sent the reader back to the portal.")


def start_sign_in(client: Client, language: str = "en") -> str:
    screen = client.get(f"/{language}/account/login/")
    assert "Cổng định danh của tỉnh" in screen.content.decode()  # the provider's button on the sign-in screen
    response = client.post(f"/{language}/account/oidc/province/login/", {"process": "login"})
    assert response.status_code == 302, response.content[:500]
    authorize_url = response["Location"]
    assert authorize_url.startswith(f"{client_provider_url(client)}/o/authorize/")
    query = parse_qs(urlsplit(authorize_url).query)
    assert query["response_type"] == ["code"] and query["code_challenge_method"] == ["S256"]
    assert query["redirect_uri"] == [f"http://testserver/{language}/account/oidc/province/login/callback/"]
    return authorize_url


def client_provider_url(client) -> str:
    return openid_connect_providers()["openid_connect"]["APPS"][0]["settings"]["server_url"].removesuffix("/o")


def test_a_new_investor_signs_in_through_the_provider_with_a_verified_address(sso):
    client = Client()
    authorize_url = start_sign_in(client, "en")
    callback = sign_in_at_the_provider(sso, authorize_url, "minh")
    response = client.get(callback)
    # A first sign-in asks for the consent (the address is filled in from the provider).
    assert response.status_code == 302 and response["Location"] == "/en/account/3rdparty/signup/"
    form = client.get("/en/account/3rdparty/signup/")
    assert "minh.tran@province.example" in form.content.decode()
    response = client.post("/en/account/3rdparty/signup/", {"email": "minh.tran@province.example", "consent": "on"})
    assert response.status_code == 302 and response["Location"] == "/en/account/"
    assert client.get("/en/account/data/").status_code == 200  # signed in

    user = User.objects.get(email="minh.tran@province.example")
    assert not user.is_staff
    assert EmailAddress.objects.get(user=user).verified  # the provider vouched for it: no code needed
    account = SocialAccount.objects.get(user=user)
    assert account.provider == "province" and "minh.tran@province.example" in json.dumps(account.extra_data)
    assert ConsentRecord.objects.filter(user=user, purpose="account").exists()

    # The next time, straight in.
    again = Client()
    callback = sign_in_at_the_provider(sso, start_sign_in(again, "vi"), "minh")
    response = again.get(callback)
    assert response.status_code == 302 and response["Location"] == "/vi/account/"


def test_an_address_the_provider_does_not_vouch_for_is_verified_by_code(sso, mail):
    client = Client()
    callback = sign_in_at_the_provider(sso, start_sign_in(client), "unverified-lan")
    response = client.get(callback)
    assert response["Location"] == "/en/account/3rdparty/signup/"
    response = client.post("/en/account/3rdparty/signup/", {"email": "lan@province.example", "consent": "on"})
    assert response.status_code == 302 and response["Location"] == "/en/account/confirm-email/"
    assert not EmailAddress.objects.get(email="lan@province.example").verified
    assert client.get("/en/account/data/")["Location"].startswith("/en/account/login/")
    client.post("/en/account/confirm-email/", {"code": mail.code_for("lan@province.example")})
    assert EmailAddress.objects.get(email="lan@province.example").verified


def test_a_squatted_unverified_sign_up_is_not_a_way_into_the_provider_users_account(sso, mail):
    """Someone else signed up with minh's address and a password of theirs, and never verified it. When minh
    arrives through the provider, allauth matches the address, wipes the squatter's password and still asks for
    the code sent to the address: only its owner gets in, and the squatter's password no longer works."""
    squatter = Client()
    signup = {"email": "minh.tran@province.example", "password1": PASSWORD, "password2": PASSWORD, "consent": "on"}
    squatter.post("/en/account/signup/", signup)
    caches["default"].clear()  # later: a new code may be sent
    client = Client()
    response = client.get(sign_in_at_the_provider(sso, start_sign_in(client), "minh"))
    assert response.status_code == 302 and response["Location"] == "/en/account/confirm-email/"
    assert not User.objects.get(email="minh.tran@province.example").has_usable_password()
    login = Client().post("/en/account/login/", {"login": "minh.tran@province.example", "password": PASSWORD})
    assert "_auth_user_id" not in login.wsgi_request.session
    client.post("/en/account/confirm-email/", {"code": mail.code_for("minh.tran@province.example", count=2)})
    assert client.get("/en/account/data/").status_code == 200
    assert SocialAccount.objects.filter(user__email="minh.tran@province.example", provider="province").exists()
