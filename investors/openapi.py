"""The investor's-space part of the OpenAPI document (composed with the others in ``portal.openapi``).

Kept by hand next to the code (``investors.api``), enums built from the models; a test checks the documented
paths against the real endpoints."""

from cms.openapi import ERRORS, enum_schema, language_schema

from .models import NOTE_MAX_CHARS, SavedSearch

TAG = "Investor's space"
SESSION = (
    "Signed in by the session cookie (401 otherwise); writes need the CSRF token in the `X-CSRFToken` header. "
    "Answers are never cached. Messages come in the language of `?lang=` or `Accept-Language`."
)

SHORTLIST_ITEM = {
    "type": "object",
    "properties": {
        "page": {"type": "integer"},
        "type": {"type": "string", "example": "project"},
        "title": {"type": "string"},
        "url": {"type": "string", "format": "uri"},
        "note": {"type": "string", "maxLength": NOTE_MAX_CHARS},
        "saved_at": {"type": "string", "format": "date-time"},
    },
}
SAVED_SEARCH = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "name": {"type": "string"},
        "params": {
            "type": "object",
            "additionalProperties": {"type": "string"},
            "description": "The normalised parameters of GET /api/search/ (no page, page_size or lang).",
            "example": {"q": "mango", "type": "opportunity"},
        },
        "language": language_schema(),
        "source": enum_schema(SavedSearch.Source),
        "frequency": enum_schema(SavedSearch.Frequency),
        "created_at": {"type": "string", "format": "date-time"},
        "last_sent_at": {"type": "string", "format": "date-time", "nullable": True},
    },
}
INQUIRY_DEFAULTS = {
    "type": "object",
    "description": "What pre-fills the inquiry form (only the fields known): name, email, organisation, country, "
    "sector (id of a top-level sector), language.",
    "additionalProperties": {"type": "string"},
}
PROFILE = {
    "type": "object",
    "properties": {
        "language": {"type": "string", "description": "Language of the alerts (empty: the search's)."},
        "country": {"type": "string", "description": "ISO 3166-1 alpha-2", "example": "JP"},
        "organisation": {"type": "string", "maxLength": 200},
        "sectors": {"type": "array", "items": {"type": "string"}, "description": "Sector codes"},
        "places": {"type": "array", "items": {"type": "integer"}, "description": "Place ids (current units)"},
        "inquiry_defaults": INQUIRY_DEFAULTS,
    },
}


def _json(schema: dict, description: str = "OK") -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors() -> dict:
    return _json(ERRORS, "Refused; the messages say why")


PAGE_PARAMETER = {"name": "page", "in": "path", "required": True, "schema": {"type": "integer"}}
ID_PARAMETER = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
UNAUTHORISED = {"401": {"description": "Not signed in"}}
# Writes: also refused before the view when the CSRF token is missing or wrong (Django's own 403 page).
WRITE_REFUSED = {**UNAUTHORISED, "403": {"description": "CSRF token missing or wrong"}}
NOT_FOUND = {"404": {"description": "Not on the shortlist, or no such saved search"}}


def openapi_paths() -> dict:
    listing = {"type": "object", "properties": {"results": {"type": "array", "items": SHORTLIST_ITEM}}}
    searches = {"type": "object", "properties": {"results": {"type": "array", "items": SAVED_SEARCH}}}
    return {
        "/api/account/state/": {
            "get": {
                "operationId": "account_state",
                "tags": [TAG],
                "summary": "The reader's signed-in state for a page (what the cached pages' script asks)",
                "description": "Answers everyone (anonymous: `authenticated: false`). Never cached.",
                "parameters": [
                    {
                        "name": "page",
                        "in": "query",
                        "required": False,
                        "description": "Ids of the pages whose saved state is wanted (repeated or comma-separated).",
                        "schema": {"type": "string", "example": "12,15"},
                    }
                ],
                "responses": {
                    "200": _json(
                        {
                            "type": "object",
                            "properties": {
                                "authenticated": {"type": "boolean"},
                                "account_url": {"type": "string"},
                                "saved": {"type": "array", "items": {"type": "integer"}},
                                "inquiry_defaults": INQUIRY_DEFAULTS,
                            },
                        }
                    )
                },
            }
        },
        "/api/account/shortlist/": {
            "get": {
                "operationId": "account_shortlist_list",
                "tags": [TAG],
                "summary": "The shortlist (live pages only, newest first)",
                "description": SESSION,
                "responses": {"200": _json(listing), **UNAUTHORISED},
            },
            "post": {
                "operationId": "account_shortlist_add",
                "tags": [TAG],
                "summary": "Save a project, opportunity or zone",
                "description": SESSION + " Saving a page again changes nothing (200).",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["page"],
                                "properties": {"page": {"type": "integer"}, "note": {"type": "string"}},
                            },
                            "example": {"page": 12},
                        }
                    },
                },
                "responses": {
                    "201": _json(SHORTLIST_ITEM, "Saved"),
                    "200": _json(SHORTLIST_ITEM, "Already saved"),
                    "400": _errors(),
                    **WRITE_REFUSED,
                },
            },
        },
        "/api/account/shortlist/{page}/": {
            "patch": {
                "parameters": [PAGE_PARAMETER],
                "operationId": "account_shortlist_note",
                "tags": [TAG],
                "summary": "Set the private note of a saved page",
                "description": SESSION,
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"note": {"type": "string"}}},
                            "example": {"note": "Ask about the land lease."},
                        }
                    },
                },
                "responses": {"200": _json(SHORTLIST_ITEM), "400": _errors(), **NOT_FOUND, **WRITE_REFUSED},
            },
            "delete": {
                "parameters": [PAGE_PARAMETER],
                "operationId": "account_shortlist_remove",
                "tags": [TAG],
                "summary": "Remove a page from the shortlist",
                "description": SESSION,
                "responses": {"204": {"description": "Removed"}, **NOT_FOUND, **WRITE_REFUSED},
            },
        },
        "/api/account/searches/": {
            "get": {
                "operationId": "account_searches_list",
                "tags": [TAG],
                "summary": "The saved searches",
                "description": SESSION,
                "responses": {"200": _json(searches), **UNAUTHORISED},
            },
            "post": {
                "operationId": "account_searches_create",
                "tags": [TAG],
                "summary": "Save a search (its alerts: daily, weekly or none)",
                "description": SESSION
                + " `params` are those of GET /api/search/ (validated the same way); with `listing` (a kind: "
                "project, opportunity, zone) they are a listing's filters (sector, place, status, capital_min, "
                "capital_max, sort). The same search saved again is returned (200).",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "params": {"type": "object", "additionalProperties": {"type": "string"}},
                                    "name": {"type": "string", "maxLength": 200},
                                    "frequency": enum_schema(SavedSearch.Frequency),
                                    "listing": {"type": "string"},
                                },
                            },
                            "example": {"params": {"q": "mango", "type": "opportunity"}, "frequency": "daily"},
                        }
                    },
                },
                "responses": {
                    "201": _json(SAVED_SEARCH, "Saved"),
                    "200": _json(SAVED_SEARCH, "Already saved"),
                    "400": _errors(),
                    **WRITE_REFUSED,
                },
            },
        },
        "/api/account/searches/{id}/": {
            "patch": {
                "parameters": [ID_PARAMETER],
                "operationId": "account_searches_update",
                "tags": [TAG],
                "summary": "Rename a saved search or change its alerts",
                "description": SESSION,
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "name": {"type": "string"},
                                    "frequency": enum_schema(SavedSearch.Frequency),
                                },
                            },
                            "example": {"frequency": "weekly"},
                        }
                    },
                },
                "responses": {"200": _json(SAVED_SEARCH), "400": _errors(), **NOT_FOUND, **WRITE_REFUSED},
            },
            "delete": {
                "parameters": [ID_PARAMETER],
                "operationId": "account_searches_delete",
                "tags": [TAG],
                "summary": "Delete a saved search",
                "description": SESSION,
                "responses": {"204": {"description": "Deleted"}, **NOT_FOUND, **WRITE_REFUSED},
            },
        },
        "/api/account/profile/": {
            "get": {
                "operationId": "account_profile_get",
                "tags": [TAG],
                "summary": "The profile and what it pre-fills in the inquiry form",
                "description": SESSION,
                "responses": {"200": _json(PROFILE), **UNAUTHORISED},
            },
            "put": {
                "operationId": "account_profile_put",
                "tags": [TAG],
                "summary": "Replace the profile",
                "description": SESSION + " Absent fields are emptied.",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": PROFILE,
                            "example": {"language": "ja", "country": "JP", "organisation": "Lotus Foods KK"},
                        }
                    },
                },
                "responses": {"200": _json(PROFILE), "400": _errors(), **WRITE_REFUSED},
            },
        },
    }
