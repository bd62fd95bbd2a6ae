"""Public URLs (mounted inside i18n_patterns, so under /<lang>/) and API URLs (mounted under /api/)."""

from django.urls import path

from . import api
from .views import public

app_name = "inquiries"

urlpatterns = [
    path("inquiries/new/", public.inquiry_new, name="new"),
    path("inquiries/status/", public.inquiry_status_action, name="status_action"),  # the page's forms (POST)
    path("inquiries/status/<str:token>/", public.inquiry_status, name="status"),
    path("inquiries/response-times/", public.response_times, name="response_times"),
]

api_urlpatterns = [
    path("inquiries/", api.inquiries_create, name="api_inquiries"),
]
