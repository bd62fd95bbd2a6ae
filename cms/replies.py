"""Reply facts: what pages lend to the reply templates of ``inquiries`` (the protocol only, as ``catalogue.py``
is for search facts; ``cms`` names no feature app).

A template writes a placeholder as ``{name}``; ``inquiries.replies`` fills it with text in the investor's
language. Two kinds of page class contribute:

- a catalogue page (``cms.catalogue.CatalogueEntryMixin``) declares its placeholders on its kind
  (``CatalogueKind.reply_placeholders``) and answers ``reply_facts(language=…)`` for the page an inquiry is
  about: a project its capital, area, land status and price, readiness, distances and incentives with their
  legal basis; a zone its lease price, free plots, utilities and tariffs; an opportunity its volumes, harvest
  calendar, certifications and partners sought;
- a site-wide page (``ReplyFactSource``, for example the cost of doing business) declares a namespace and
  answers for every inquiry: ``{cost.wage_worker}``, ``{cost_page_url}``.

A fact without a value is absent from the answer (or ``""``), never a made-up default: the officer is told
before sending, and the reply is not sent with it empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.apps import apps
from wagtail.models import get_page_models


@dataclass(frozen=True)
class ReplyPlaceholder:
    """One placeholder: ``{name}`` in a template, ``label`` for template authors and the "no value" report."""

    name: str
    label: str  # lazy, translated where it is read


class ReplyFactSource:
    """Mixed into a page class whose facts suit every reply (one live page of the class gives them)."""

    @classmethod
    def reply_site_placeholders(cls) -> list[ReplyPlaceholder]:
        """The placeholders this class can fill (they may depend on its data, such as cost items)."""
        return []

    @classmethod
    def reply_site_facts(cls, *, language: str) -> dict[str, str]:
        """``{placeholder name: text}`` in ``language`` (called with that language active)."""
        return {}


@cache
def reply_fact_sources() -> tuple[type, ...]:
    """The page classes that declare site-wide reply facts, in model registration order."""
    apps.check_models_ready()
    return tuple(
        model
        for model in get_page_models()
        if issubclass(model, ReplyFactSource) and "reply_site_facts" in model.__dict__
    )
