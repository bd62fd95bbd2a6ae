"""The OpenAPI 3 description of the portal's custom JSON endpoints (Wagtail's /api/v2/ documents itself).

Kept by hand, next to the code, and checked by a test against the real endpoints' answers."""

from django.conf import settings

ERRORS = {
    "type": "object",
    "required": ["errors"],
    "properties": {
        "errors": {
            "type": "object",
            "description": 'Messages per field ("__all__" for the request as a whole), in the request\'s language.',
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
        }
    },
}

SEARCH_ERRORS = {
    "type": "object",
    "required": ["message", "errors"],
    "properties": {"message": {"type": "string"}, **ERRORS["properties"]},
}
LANGUAGE = {"type": "string", "enum": ["vi", "en", "ja", "ko", "zh-hans"]}

FACET = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {"value": {"type": "string"}, "label": {"type": "string"}, "count": {"type": "integer"}},
    },
}


def _query(name: str, description: str, schema: dict | None = None) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema or {"type": "string"},
    }


def openapi_schema() -> dict:
    return {
        "openapi": "3.0.3",
        "info": {
            "title": f"{settings.WAGTAIL_SITE_NAME}: custom API",
            "version": "1.0.0",
            "description": (
                "Search and inquiries. Pages, images and documents are served by Wagtail's API v2 under /api/v2/ "
                "(language by ?lang= or Accept-Language)."
            ),
        },
        "servers": [{"url": settings.WAGTAILADMIN_BASE_URL}],
        "paths": {
            "/api/inquiries/": {
                "post": {
                    "operationId": "inquiries_create",
                    "summary": "Send an inquiry to the province's investment-promotion agencies",
                    "description": (
                        "Validated, routed to the right agency and stored with its e-mails in one transaction; the "
                        "sender receives an acknowledgement with the reference and a private status link. Error "
                        "messages come in the inquiry's `language`. The same `Idempotency-Key` never creates a "
                        "second inquiry: the original is returned."
                    ),
                    "parameters": [
                        {
                            "name": "Idempotency-Key",
                            "in": "header",
                            "required": False,
                            "description": "Any unique string (1 to 200 printable characters), e.g. a UUID.",
                            "schema": {"type": "string", "maxLength": 200},
                        }
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["kind", "name", "email", "country", "message", "language", "consent"],
                                    "properties": {
                                        "kind": {"type": "string", "enum": ["investment", "partnership", "general"]},
                                        "name": {"type": "string", "maxLength": 120},
                                        "email": {"type": "string", "format": "email", "maxLength": 254},
                                        "organisation": {"type": "string", "maxLength": 200},
                                        "country": {
                                            "type": "string",
                                            "description": "ISO 3166-1 alpha-2",
                                            "example": "JP",
                                        },
                                        "phone": {"type": "string", "maxLength": 40},
                                        "message": {"type": "string", "minLength": 10, "maxLength": 5000},
                                        "page": {
                                            "type": "integer",
                                            "description": "id of a project, opportunity or zone page",
                                        },
                                        "sector": {"type": "string", "description": "sector id or VSIC code"},
                                        "language": {"type": "string", "enum": ["vi", "en", "ja", "ko", "zh-hans"]},
                                        "consent": {"type": "boolean", "enum": [True]},
                                    },
                                },
                                "example": {
                                    "kind": "investment",
                                    "name": "Aiko Tanaka",
                                    "email": "aiko@example.jp",
                                    "organisation": "Example Foods KK",
                                    "country": "JP",
                                    "message": "We are looking for lotus processing opportunities.",
                                    "language": "ja",
                                    "consent": True,
                                },
                            }
                        },
                    },
                    "responses": {
                        "201": {
                            "description": "Received (also for a replay of the same Idempotency-Key).",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["reference", "status", "agency"],
                                        "properties": {
                                            "reference": {"type": "string"},
                                            "status": {
                                                "type": "string",
                                                "enum": [
                                                    "new",
                                                    "acknowledged",
                                                    "in_progress",
                                                    "answered",
                                                    "closed",
                                                    "handed_over",
                                                ],
                                            },
                                            "agency": {
                                                "type": "object",
                                                "required": ["name"],
                                                "properties": {"name": {"type": "string"}},
                                            },
                                        },
                                    },
                                    "example": {
                                        "reference": "DT-2026-000123",
                                        "status": "acknowledged",
                                        "agency": {"name": "Investment, Trade and Tourism Promotion Centre"},
                                    },
                                }
                            },
                        },
                        "400": {
                            "description": "Invalid input.",
                            "content": {
                                "application/json": {
                                    "schema": ERRORS,
                                    "example": {"errors": {"email": ["Enter a valid email address."]}},
                                }
                            },
                        },
                        "413": {
                            "description": "The request body is larger than 64 KiB.",
                            "content": {"application/json": {"schema": ERRORS}},
                        },
                        "429": {
                            "description": "Too many inquiries from this address; see the Retry-After header.",
                            "headers": {"Retry-After": {"schema": {"type": "integer"}}},
                            "content": {"application/json": {"schema": ERRORS}},
                        },
                        "503": {
                            "description": "No agency is configured to receive inquiries.",
                            "content": {"application/json": {"schema": ERRORS}},
                        },
                    },
                }
            },
            "/api/search/": {
                "get": {
                    "operationId": "search",
                    "summary": "Search projects, opportunities, zones and pages",
                    "parameters": [
                        _query("q", "Query text (diacritics optional)."),
                        _query("lang", "vi, en, ja, ko or zh-hans.", LANGUAGE),
                        _query("type", "project, opportunity, zone or page."),
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
                            {"type": "string", "enum": ["relevance", "newest", "capital_desc", "capital_asc"]},
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
                                            "backend": {"type": "string", "enum": ["elasticsearch", "database"]},
                                            "results": {
                                                "type": "array",
                                                "items": {
                                                    "type": "object",
                                                    "properties": {
                                                        name: {"nullable": True}
                                                        for name in (
                                                            "type",
                                                            "id",
                                                            "title",
                                                            "url",
                                                            "summary",
                                                            "highlight",
                                                            "sector",
                                                            "location",
                                                            "capital_usd",
                                                            "status",
                                                        )
                                                    },
                                                },
                                            },
                                            "facets": {
                                                "type": "object",
                                                "properties": {
                                                    "type": FACET,
                                                    "sector": FACET,
                                                    "location": FACET,
                                                    "status": FACET,
                                                },
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
        },
    }
