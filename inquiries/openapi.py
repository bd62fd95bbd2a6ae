"""The inquiry part of the OpenAPI document (composed with the others in ``portal.openapi``).

Kept by hand next to the code, enums built from it, and checked by a test against the real endpoint's answers."""

from cms.openapi import ERRORS, enum_schema, language_schema

from .models import InquiryKind, InquiryStatus, VisitFormat
from .models.visits import MAX_PARTICIPANTS, MAX_PREFERRED_DATES


def openapi_paths() -> dict:
    return {
        "/api/inquiries/": {
            "post": {
                "operationId": "inquiries_create",
                "summary": "Send an inquiry to the province's investment-promotion agencies",
                "description": (
                    "Validated, routed to the right agency and stored with its e-mails in one transaction; the "
                    "sender receives an acknowledgement with the reference and a private status link. Error "
                    "messages come in the inquiry's `language`. The body must be sent as `application/json` (415 "
                    "otherwise). An `Idempotency-Key` is scoped to the client that sends it: the same key with the "
                    "same content never creates a second inquiry (the original is returned, with the header "
                    "`Idempotent-Replayed: true`), with other content it is refused (422). The request is validated "
                    "before the key is looked up, and a replay is answered before the rate limit. A site-visit or "
                    "meeting "
                    'request (`"kind": "visit"`) also needs `preferred_dates` (1 to 3 dates from tomorrow to a year '
                    "ahead) and `participants`; other kinds ignore the visit fields."
                ),
                "parameters": [
                    {
                        "name": "Idempotency-Key",
                        "in": "header",
                        "required": False,
                        "description": (
                            "Any unique string (1 to 200 printable characters), e.g. a UUID; a new one for each "
                            "new inquiry, the same one for a retry of the same request."
                        ),
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
                                    "kind": enum_schema(InquiryKind),
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
                                    "language": language_schema(),
                                    "consent": {"type": "boolean", "enum": [True]},
                                    "visit_format": {
                                        **enum_schema(VisitFormat),
                                        "description": "kind visit only; site_visit when absent",
                                    },
                                    "preferred_dates": {
                                        "type": "array",
                                        "items": {"type": "string", "format": "date"},
                                        "minItems": 1,
                                        "maxItems": MAX_PREFERRED_DATES,
                                        "description": "kind visit only (required there): dates that suit, best first",
                                    },
                                    "participants": {
                                        "type": "integer",
                                        "minimum": 1,
                                        "maximum": MAX_PARTICIPANTS,
                                        "description": "kind visit only (required there): how many people come",
                                    },
                                    "attendees": {
                                        "type": "string",
                                        "maxLength": 500,
                                        "description": "kind visit only: names and roles of those who come",
                                    },
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
                                        "status": enum_schema(InquiryStatus),
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
                    "415": {
                        "description": "The body was not sent as `application/json`.",
                        "headers": {"Accept-Post": {"schema": {"type": "string", "enum": ["application/json"]}}},
                        "content": {"application/json": {"schema": ERRORS}},
                    },
                    "422": {
                        "description": (
                            "This client already used the `Idempotency-Key` for a request with other content."
                        ),
                        "content": {
                            "application/json": {
                                "schema": ERRORS,
                                "example": {
                                    "errors": {
                                        "Idempotency-Key": [
                                            "This Idempotency-Key was already used for another inquiry. "
                                            "Use a new key for a new inquiry."
                                        ]
                                    }
                                },
                            }
                        },
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
        }
    }
