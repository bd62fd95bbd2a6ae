"""Wagtail's database search backend (admin search and choosers, ``?search=`` of API v2), safe for any text.

``WAGTAILSEARCH_BACKENDS`` points here. The backend is the one Wagtail chooses for the database in use
(PostgreSQL full text, SQLite FTS5, or the plain fallback), with every query cleaned before it is compiled:

- a double quote ends a string in SQLite's FTS5 query syntax, and Wagtail's SQLite backend puts each word
  of the query between double quotes without escaping them: ``?search="`` or ``?search={"$gt":""}``
  answered 500 (``fts5: syntax error``) in the API, the image, document and page choosers and the image and
  document listings;
- PostgreSQL refuses a NUL character in a query parameter (``?search=%00``: 500).

Quotes and control characters become spaces. Neither tokenizer keeps them inside a word, so what matches
is unchanged, and phrases (``"lotus seed"``, parsed before they get here) stay phrases.
"""

import copy
from functools import cache

from wagtail.search.backends import database
from wagtail.search.query import SearchQuery


def clean_text(text: str) -> str:
    return "".join(" " if ch == '"' or not ch.isprintable() else ch for ch in text)


def safe_query(query):
    """``query`` (a string or a Wagtail ``SearchQuery`` tree) with its text cleaned; never modified in place."""
    if isinstance(query, str):
        return clean_text(query).strip()
    if not isinstance(query, SearchQuery):
        return query
    query = copy.copy(query)
    for name, value in vars(query).items():
        if name == "query_string" and isinstance(value, str):
            setattr(query, name, clean_text(value))
        elif isinstance(value, SearchQuery):
            setattr(query, name, safe_query(value))
        elif isinstance(value, list | tuple):
            setattr(query, name, type(value)(safe_query(item) for item in value))
    return query


class SafeQueryMixin:
    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        return super()._search(query_compiler_class, safe_query(query), model_or_queryset, **kwargs)


@cache
def safe_backend_class(backend_class: type) -> type:
    return type(f"Safe{backend_class.__name__}", (SafeQueryMixin, backend_class), {})


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    """The database backend Wagtail would use here, as a subclass that cleans every query."""
    return safe_backend_class(type(database.SearchBackend(params)))(params)
