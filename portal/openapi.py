"""The OpenAPI 3 document of the portal's custom endpoints, composed from each app's part
(Wagtail's /api/v2/ documents itself), served at ``/api/schema/`` and as HTML at ``/api/docs/``."""

import json

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from accounts.openapi import openapi_part as account_part
from inquiries.openapi import openapi_paths as inquiry_paths
from insights.openapi import openapi_paths as insights_paths
from investors.openapi import openapi_paths as investor_paths
from search.openapi import openapi_paths as search_paths


def openapi_schema() -> dict:
    accounts = account_part()
    return {
        "openapi": "3.0.3",
        "info": {
            "title": f"{settings.WAGTAIL_SITE_NAME}: custom API",
            "version": "1.0.0",
            "description": (
                "Search, inquiries, investor accounts and the investor's space. Pages, images and documents are "
                "served by Wagtail's API v2 under /api/v2/ (language by ?lang= or Accept-Language). "
                + accounts["description"]
            ),
        },
        "servers": [{"url": settings.WAGTAILADMIN_BASE_URL}],
        "paths": {**inquiry_paths(), **search_paths(), **insights_paths(), **investor_paths(), **accounts["paths"]},
        "components": accounts["components"],
        "tags": accounts["tags"],
    }


def _example(content: dict | None) -> str:
    example = (content or {}).get("application/json", {}).get("example")
    return json.dumps(example, ensure_ascii=False, indent=2) if content else ""


@require_GET
def schema(request):
    return JsonResponse(openapi_schema(), json_dumps_params={"ensure_ascii": False, "indent": 2})


@require_GET
def docs(request):
    spec = openapi_schema()
    operations = [
        {
            "method": method.upper(),
            "path": path,
            "operation": operation,
            "request_example": _example(operation.get("requestBody", {}).get("content"))
            if operation.get("requestBody")
            else "",
            "responses": [
                {
                    "code": code,
                    "description": response.get("description", ""),
                    "example": _example(response.get("content")),
                }
                for code, response in operation.get("responses", {}).items()
            ],
        }
        for path, methods in spec["paths"].items()
        for method, operation in methods.items()
    ]
    return render(request, "api/docs.html", {"spec": spec, "operations": operations})
