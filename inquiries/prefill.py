"""What pre-fills the inquiry form for a signed-in reader, supplied by the apps above this one.

``inquiries`` may not import the app that keeps an investor's profile (``investors`` sits above it), so that
app registers a provider here when it is ready (``register_inquiry_prefill``); the form's initial values ask
every provider (``inquiry_prefill``). A provider takes ``user=`` and answers ``{field name: value}`` with only
the fields it knows (``name``, ``email``, ``organisation``, ``country``, ``sector``); an anonymous reader gets
nothing. Typed values always win: only empty fields are filled, on the server (the uncached ``/inquiries/new/``)
and, for the forms on cached pages, by the investor's script from ``/api/account/state/``."""

from collections.abc import Callable

_providers: list[Callable[..., dict]] = []


def register_inquiry_prefill(provider: Callable[..., dict]) -> None:
    if provider not in _providers:
        _providers.append(provider)


def inquiry_prefill(*, user) -> dict:
    if user is None or not user.is_authenticated:
        return {}
    values: dict = {}
    for provider in _providers:
        for name, value in provider(user=user).items():
            if value not in (None, "") and name not in values:
                values[name] = value
    return values
