"""Idempotency of inquiry submissions: the API's ``Idempotency-Key`` header and the HTML form's one-time token.

A key used to be global: anyone who guessed or saw another client's key got that inquiry's reference, status
and agency back (before validation and the rate limit). Now:

- **Scoped to the client.** What is stored (``Inquiry.idempotency_key``) is a keyed hash of the client and
  the key, never the key itself: the same key from another client is another key. The API's client is its
  network (the address behind the trusted proxies, an IPv6 address standing for its /64, as the rate limit
  counts it); a client that retries from another network gets a new inquiry, which is the price of not
  having accounts. The form's client is the browser: its CSRF secret (the cookie Django checked on this very
  POST), so readers of the same cached page, which share the form's token, never share a key.
- **Bound to the content.** ``idempotency_fingerprint`` is a hash of the request's content (the JSON
  object with its keys sorted, so a client that serialises it again the same way or another gets the same
  hash). The API answers the same key with other content with 422. The form mixes the content into the key
  itself: a visitor who goes back, edits and sends again files a new inquiry; a double click files one.
- **Answered with the status page, for the form.** Only a hash of a status token is stored; the token is
  derived again from the inquiry's salt and the secret key (``Inquiry.status_token``), so a replay, which
  only the browser that sent the form can produce, is redirected to the first inquiry's status page.

Order of the checks in the API and the form: validate, then look for a replay, then the rate limit, then
create. A replay is answered before the rate limit because it creates nothing, and the limit counts only
inquiries created: a client whose answer to its fifth inquiry was lost on the way must get that answer, not
a 429 for an inquiry that was in fact received. A lookup reveals nothing the caller did not send itself
(its own key, from its own network, with the same content), so answering it early opens no oracle; and
invalid requests never reach it.
"""

import hashlib
import hmac
import json

from django.conf import settings


def _keyed(*parts: str) -> bytes:
    message = "\x00".join(parts).encode("utf-8", "surrogatepass")
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).digest()


def request_fingerprint(data) -> str:
    """A hash of a request's content (any JSON value), independent of key order and spacing."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def api_idempotency_key(*, key: str, client: str) -> str:
    """What is stored for an API client's ``Idempotency-Key``."""
    return _keyed("api", client, key).hex()


def form_idempotency_key(*, form_token: str, browser_secret: str, fingerprint: str) -> str:
    """What is stored for a form submission: its one-time token, the browser and the content."""
    return _keyed("form", browser_secret, form_token, fingerprint).hex()
