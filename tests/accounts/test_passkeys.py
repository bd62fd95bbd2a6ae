"""Passkeys through HTTP, with a software authenticator (an EC P-256 key made here, answering the WebAuthn
ceremonies byte for byte as a platform authenticator does: "none" attestation, user presence and verification):
an investor adds a passkey to the account (after confirming their password), then signs in with the passkey alone,
without typing an address or a password, and from then on needs it as a second factor after the password.
allauth checks the challenge, the origin, the relying party and the signature with python-fido2, as for a
browser."""

import hashlib
import json
import os
import re
from base64 import urlsafe_b64decode, urlsafe_b64encode

import pytest
from allauth.mfa.models import Authenticator
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from django.test import Client
from fido2.cose import ES256
from fido2.webauthn import AttestationObject, AttestedCredentialData, AuthenticatorData

from tests.accounts.conftest import PASSWORD
from tests.accounts.test_accounts import verified_account

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]
ORIGIN = "http://testserver"


def b64(data: bytes) -> str:
    return urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text: str) -> bytes:
    return urlsafe_b64decode(text + "=" * (-len(text) % 4))


class SoftwareAuthenticator:
    def __init__(self):
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.credential_id = os.urandom(32)
        self.user_handle = b""
        self.counter = 0

    def _client_data(self, kind: str, challenge: str) -> bytes:
        return json.dumps({"type": kind, "challenge": challenge, "origin": ORIGIN, "crossOrigin": False}).encode()

    def create(self, options: dict) -> dict:
        public_key = options["publicKey"]
        self.user_handle = unb64(public_key["user"]["id"])
        rp_id_hash = hashlib.sha256(public_key["rp"]["id"].encode()).digest()
        credential = AttestedCredentialData.create(
            b"\0" * 16, self.credential_id, ES256.from_cryptography_key(self.key.public_key())
        )
        flags = AuthenticatorData.FLAG.UP | AuthenticatorData.FLAG.UV | AuthenticatorData.FLAG.AT
        auth_data = AuthenticatorData.create(rp_id_hash, flags, self.counter, credential)
        attestation = AttestationObject.create("none", auth_data, {})
        return {
            "type": "public-key",
            "id": b64(self.credential_id),
            "rawId": b64(self.credential_id),
            "authenticatorAttachment": "platform",
            "response": {
                "clientDataJSON": b64(self._client_data("webauthn.create", public_key["challenge"])),
                "attestationObject": b64(bytes(attestation)),
                "transports": ["internal"],
            },
            "clientExtensionResults": {"credProps": {"rk": True}},
        }

    def get(self, options: dict) -> dict:
        public_key = options["publicKey"]
        self.counter += 1
        rp_id_hash = hashlib.sha256(public_key["rpId"].encode()).digest()
        flags = AuthenticatorData.FLAG.UP | AuthenticatorData.FLAG.UV
        auth_data = bytes(AuthenticatorData.create(rp_id_hash, flags, self.counter))
        client_data = self._client_data("webauthn.get", public_key["challenge"])
        signature = self.key.sign(auth_data + hashlib.sha256(client_data).digest(), ec.ECDSA(hashes.SHA256()))
        return {
            "type": "public-key",
            "id": b64(self.credential_id),
            "rawId": b64(self.credential_id),
            "authenticatorAttachment": "platform",
            "response": {
                "clientDataJSON": b64(client_data),
                "authenticatorData": b64(auth_data),
                "signature": b64(signature),
                "userHandle": b64(self.user_handle),
            },
            "clientExtensionResults": {},
        }


def js_data(html: str) -> dict:
    match = re.search(r'<script id="js_data" type="application/json">(.*?)</script>', html, re.DOTALL)
    assert match, html[-2000:]
    return json.loads(match.group(1))


@pytest.fixture
def insecure_origin(settings):
    settings.MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True  # the test client speaks plain HTTP to "testserver"


def test_add_a_passkey_then_sign_in_with_it_alone(client, mail, insecure_origin):
    user = verified_account(client, mail, "passkey@example.com")
    authenticator = SoftwareAuthenticator()

    asked = client.get("/en/account/2fa/webauthn/add/?passwordless")
    if asked.status_code == 302 and "/reauthenticate/" in asked["Location"]:
        client.post(asked["Location"], {"password": PASSWORD})
        asked = client.get("/en/account/2fa/webauthn/add/?passwordless")
    assert asked.status_code == 200
    options = js_data(asked.content.decode())["creation_options"]
    credential = authenticator.create(options)
    added = client.post(
        "/en/account/2fa/webauthn/add/",
        {"name": "Laptop", "passwordless": "on", "credential": json.dumps(credential)},
    )
    assert added.status_code == 302, added.content.decode()[-2000:]
    key = Authenticator.objects.get(user=user, type=Authenticator.Type.WEBAUTHN)
    assert key.wrap().is_passwordless

    # A new browser: the sign-in screen offers the passkey; the ceremony alone signs the investor in.
    browser = Client()
    screen = browser.get("/en/account/login/")
    assert 'id="passkey_login"' in screen.content.decode()
    request_options = browser.get("/en/account/2fa/webauthn/login/", HTTP_ACCEPT="application/json").json()[
        "request_options"
    ]
    response = browser.post(
        "/en/account/2fa/webauthn/login/", {"credential": json.dumps(authenticator.get(request_options))}
    )
    assert response.status_code == 302 and response["Location"] == "/en/account/"
    assert browser.get("/en/account/data/").status_code == 200

    # The same key as the second factor: the password alone no longer signs in.
    second = Client()
    response = second.post("/en/account/login/", {"login": "passkey@example.com", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/en/account/2fa/authenticate/"
    assert "_auth_user_id" not in second.session
    page = second.get("/en/account/2fa/authenticate/")
    request_options = js_data(page.content.decode())["request_options"]
    response = second.post(
        "/en/account/2fa/authenticate/", {"credential": json.dumps(authenticator.get(request_options))}
    )
    assert response.status_code == 302 and response["Location"] == "/en/account/"
    assert second.get("/en/account/data/").status_code == 200

    # A forged assertion (another key) does not get in.
    forger = SoftwareAuthenticator()
    forger.credential_id, forger.user_handle = authenticator.credential_id, authenticator.user_handle
    stranger = Client()
    request_options = stranger.get("/en/account/2fa/webauthn/login/", HTTP_ACCEPT="application/json").json()[
        "request_options"
    ]
    refused = stranger.post("/en/account/2fa/webauthn/login/", {"credential": json.dumps(forger.get(request_options))})
    assert "_auth_user_id" not in stranger.session
    assert refused.status_code in (200, 302, 400)
