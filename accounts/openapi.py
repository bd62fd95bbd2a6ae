"""The accounts part of the OpenAPI document: allauth's headless API, as allauth itself describes it
(``allauth.headless.spec``: its specification, adapted by allauth to the portal's settings: the "app" client,
the e-mail login, the consent field of the sign-up form, the session-token security scheme), under
``/api/accounts/app/v1/…``, and the account's personal data (export and deletion) at ``/api/accounts/personal-data/``.

allauth's paths and components are merged into the portal's document by ``portal.openapi``; allauth's own
component names do not collide with the portal's (which has none)."""

from allauth.headless.spec.internal.schema import get_schema


def openapi_part() -> dict:
    spec = get_schema()
    paths = {path: item for path, item in spec["paths"].items() if "/phone" not in path}  # e-mail only
    paths.update(_personal_data_paths())
    return {
        "paths": paths,
        "components": spec.get("components", {}),
        "tags": spec.get("tags", []),
        "description": (
            "Investor accounts (django-allauth's headless API, app client): sign-up with consent, e-mail verification "
            "by code, sign-in by password, by one-time code or by passkey, second factors, single sign-on through "
            "OpenID Connect, password reset by code. A signed-in client sends the `X-Session-Token` it was given."
        ),
    }


def _personal_data_paths() -> dict:
    token = [{"SessionToken": []}]
    unauthenticated = {"description": "Not signed in (no valid X-Session-Token).", "content": _json_error()}
    return {
        "/api/accounts/personal-data/": {
            "get": {
                "operationId": "account_personal_data_export",
                "tags": ["Account: personal data"],
                "summary": "Everything the portal holds about the signed-in account (JSON)",
                "security": token,
                "responses": {
                    "200": {
                        "description": "The account's personal data, section by section.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["exported_at", "sections"],
                                    "properties": {
                                        "exported_at": {"type": "string", "format": "date-time"},
                                        "sections": {"type": "object", "additionalProperties": True},
                                    },
                                }
                            }
                        },
                    },
                    "401": unauthenticated,
                },
            },
            "delete": {
                "operationId": "account_delete",
                "tags": ["Account: personal data"],
                "summary": "Delete the signed-in account",
                "description": (
                    "Deletes the account and its personal data; inquiries sent from its verified addresses stay "
                    'with the agencies, anonymised. Needs `{"confirm": true}` in the body.'
                ),
                "security": token,
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["confirm"],
                                "properties": {"confirm": {"type": "boolean", "enum": [True]}},
                            }
                        }
                    },
                },
                "responses": {
                    "204": {"description": "Deleted."},
                    "400": {"description": "Not confirmed.", "content": _json_error()},
                    "401": unauthenticated,
                    "403": {"description": "An officer's account (managed in the admin).", "content": _json_error()},
                },
            },
        }
    }


def _json_error() -> dict:
    return {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["errors"],
                "properties": {"errors": {"type": "object", "additionalProperties": {"type": "array"}}},
            }
        }
    }
