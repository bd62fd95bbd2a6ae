"""Pieces that every app's part of the OpenAPI document shares (the document is composed in ``portal.openapi``)."""

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


def language_schema() -> dict:
    """The languages the portal serves, from ``settings.LANGUAGES``."""
    return {"type": "string", "enum": [code for code, _name in settings.LANGUAGES]}


def enum_schema(choices, **extra) -> dict:
    """A string enum from a Django ``TextChoices`` class (or any iterable of values)."""
    values = list(getattr(choices, "values", choices))
    return {"type": "string", "enum": values, **extra}


def query_parameter(name: str, description: str, schema: dict | None = None) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema or {"type": "string"},
    }
