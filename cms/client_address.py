"""Who is asking: the client's address behind the reverse proxies we trust, for every rate limit and log.

Behind nginx every TCP peer of the app servers is nginx, so ``REMOTE_ADDR`` alone makes the whole
province one client. The header that carries the real address, ``X-Forwarded-For``, is written by
whoever sent the request, so it is believed only as far as a chain of *trusted* proxies vouches for it:

- ``PORTAL_TRUSTED_PROXIES`` lists the proxies' addresses or networks (CIDR), e.g. the nginx hosts.
  Empty (the default, and ``make run``) means no proxy: the TCP peer is the client.
- When the TCP peer is trusted, the header is read from the right (the entry the nearest proxy
  appended) to the left, skipping trusted proxies; the first address that is not a trusted proxy is the
  client. Everything to its left was written by the client itself and is ignored.
- When the TCP peer is not a trusted proxy (a client that reached an app server directly), the header is
  ignored entirely: a spoofed ``X-Forwarded-For`` changes nothing.
- A malformed entry ends the walk at the last address that was vouched for (a trusted proxy's own).

This is nginx's ``real_ip_recursive on`` rule. django-ipware was the obvious library; its trusted-proxy
option matches proxy addresses written *inside* the header and never checks the TCP peer, so a client
that reaches an app server directly could still choose its address. The rule above is a dozen lines.

Rate limits count ``client_network``: an IPv4 address, or the /64 network of an IPv6 address (one
subscriber usually holds a whole /64, so counting single IPv6 addresses would let anyone rotate
through 2**64 of them).
"""

import ipaddress
import logging
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
IPV6_SUBSCRIBER_PREFIX = 64


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    try:
        return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)
    except ValueError as exc:
        raise ImproperlyConfigured(f"PORTAL_TRUSTED_PROXIES: {exc}") from exc


def trusted_proxies() -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return _networks(tuple(settings.PORTAL_TRUSTED_PROXIES))


def _parse(value: str) -> Address | None:
    value = value.strip()
    if value.startswith("[") and "]" in value:  # "[2001:db8::1]:443"
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # "203.0.113.7:51234"
        value = value.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(value.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _is_trusted(address: Address, proxies) -> bool:
    return any(address.version == network.version and address in network for network in proxies)


def client_address(request) -> str:
    """The client's IP address as text ("" when the peer's address is unknown)."""
    cached = getattr(request, "_portal_client_address", None)
    if cached is not None:
        return cached
    peer = _parse(request.META.get("REMOTE_ADDR", ""))
    result = peer
    proxies = trusted_proxies()
    if peer is not None and proxies and _is_trusted(peer, proxies):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        for entry in reversed([part for part in forwarded.split(",") if part.strip()]):
            address = _parse(entry)
            if address is None:
                break
            result = address
            if not _is_trusted(address, proxies):
                break
    text = str(result) if result is not None else ""
    request._portal_client_address = text
    return text


def client_network(address: str) -> str:
    """What a rate limit counts for ``address``: the IPv4 address, or the IPv6 /64 it belongs to."""
    parsed = _parse(address) if address else None
    if parsed is None:
        return address
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/{IPV6_SUBSCRIBER_PREFIX}", strict=False))
    return str(parsed)


class ClientAddressLogFilter(logging.Filter):
    """Adds ``client`` to every log record: the client address of the record's request, else "-"."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "client"):
            request = getattr(record, "request", None)
            address = client_address(request) if hasattr(request, "META") else ""
            record.client = address or "-"
        return True
