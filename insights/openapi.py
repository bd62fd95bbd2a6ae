"""The insights part of the OpenAPI document (composed with the others in ``portal.openapi``)."""

from cms.openapi import ERRORS


def openapi_paths() -> dict:
    return {
        "/api/insights/views/": {
            "post": {
                "operationId": "insights_view",
                "summary": "Count a view of a project, opportunity or zone page (the pages' own beacon)",
                "description": (
                    "Sent once per page and browser tab by the deferred script of catalogue pages, for the "
                    "province's aggregated demand insights. No cookie is read or set and nothing personal is "
                    "stored: the day, the page, the reader's country when given, and a count. `country` is "
                    "optional (ISO 3166-1 alpha-2, the one the reader chose in their investor profile). Clients "
                    "that announce themselves as robots get 204 and are not counted; bad input gets 400 with a "
                    "message; more than the configured number of posts per minute from one network gets 429."
                ),
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["page"],
                                "properties": {
                                    "page": {"type": "integer", "description": "id of a published catalogue page"},
                                    "country": {"type": "string", "description": "ISO 3166-1 alpha-2"},
                                },
                            },
                            "example": {"page": 42, "country": "JP"},
                        }
                    },
                },
                "responses": {
                    "204": {"description": "Counted (or a robot, not counted)"},
                    "400": {
                        "description": "Bad input, with a message per field",
                        "content": {"application/json": {"schema": ERRORS}},
                    },
                    "413": {
                        "description": "The body is larger than a view needs (512 bytes), with a message",
                        "content": {"application/json": {"schema": ERRORS}},
                    },
                    "429": {"description": "Too many requests from this network; see Retry-After"},
                },
            }
        }
    }
