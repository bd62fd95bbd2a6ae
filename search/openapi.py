"""The search part of the OpenAPI document (composed with the others in ``portal.openapi``)."""

from cms.openapi import ERRORS, language_schema
from cms.openapi import query_parameter as _query

from .backends.base import BACKEND_NAMES, FACETS, RESULT_FIELDS
from .documents import search_types
from .params import SORTS

SEARCH_ERRORS = {
    "type": "object",
    "required": ["message", "errors"],
    "properties": {"message": {"type": "string"}, **ERRORS["properties"]},
}

FACET = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {"value": {"type": "string"}, "label": {"type": "string"}, "count": {"type": "integer"}},
    },
}


def openapi_paths() -> dict:
    LANGUAGE = language_schema()
    *kinds, last = search_types()
    return {
        "/api/search/": {
            "get": {
                "operationId": "search",
                "summary": "Search projects, opportunities, zones and pages",
                "parameters": [
                    _query("q", "Query text (diacritics optional)."),
                    _query("lang", "vi, en, ja, ko or zh-hans.", LANGUAGE),
                    _query("type", f"{', '.join(kinds)} or {last}."),
                    _query("sector", "Sector (with its sub-sectors)."),
                    _query("location", "Place (with the places within it)."),
                    _query("status", "Project status."),
                    _query("capital_min", "Minimum capital.", {"type": "number"}),
                    _query("capital_max", "Maximum capital.", {"type": "number"}),
                    _query("near", "<lat>,<lon>"),
                    _query("radius_km", "Radius around `near`.", {"type": "number"}),
                    _query(
                        "sort",
                        "Order.",
                        {"type": "string", "enum": list(SORTS)},
                    ),
                    _query("page", "Page number.", {"type": "integer", "minimum": 1}),
                    _query("page_size", "Results per page.", {"type": "integer", "minimum": 1}),
                ],
                "responses": {
                    "200": {
                        "description": "Results with facets.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["count", "page", "page_size", "backend", "results", "facets"],
                                    "properties": {
                                        "count": {"type": "integer"},
                                        "page": {"type": "integer"},
                                        "page_size": {"type": "integer"},
                                        "backend": {"type": "string", "enum": list(BACKEND_NAMES)},
                                        "results": {
                                            "type": "array",
                                            "items": {
                                                "type": "object",
                                                "properties": {name: {"nullable": True} for name in RESULT_FIELDS},
                                            },
                                        },
                                        "facets": {
                                            "type": "object",
                                            "properties": dict.fromkeys(FACETS, FACET),
                                        },
                                    },
                                }
                            }
                        },
                    },
                    "400": {
                        "description": "Bad parameters.",
                        "content": {"application/json": {"schema": SEARCH_ERRORS}},
                    },
                },
            }
        },
        "/api/search/suggest/": {
            "get": {
                "operationId": "search_suggest",
                "summary": "Type-ahead suggestions",
                "parameters": [
                    _query("q", "Beginning of the query (at most 100 characters)."),
                    _query("lang", "vi, en, ja, ko or zh-hans.", LANGUAGE),
                ],
                "responses": {
                    "200": {
                        "description": "Suggestions.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "suggestions": {
                                            "type": "array",
                                            "items": {
                                                "type": "object",
                                                "properties": {
                                                    "text": {"type": "string"},
                                                    "url": {"type": "string"},
                                                    "type": {"type": "string"},
                                                },
                                            },
                                        }
                                    },
                                }
                            }
                        },
                    },
                    "400": {
                        "description": "Bad parameters.",
                        "content": {"application/json": {"schema": SEARCH_ERRORS}},
                    },
                },
            }
        },
        "/api/search/click/": {
            "post": {
                "operationId": "search_click",
                "summary": "Note the result opened from a search",
                "description": "Form fields: click (the X-Search-Click header of the search), page (the id of "
                "the result opened), rank (its position, from 1). Only the first result opened is noted; no "
                "personal data is kept.",
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "click": {"type": "string", "maxLength": 200},
                                    "page": {"type": "integer", "minimum": 1},
                                    "rank": {"type": "integer", "minimum": 1, "maximum": 1000},
                                },
                                "required": ["click", "page", "rank"],
                            }
                        }
                    }
                },
                "responses": {"204": {"description": "Noted, or ignored when the token is invalid or expired."}},
            }
        },
    }
