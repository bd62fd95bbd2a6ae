"""Public URLs, mounted inside i18n_patterns (under /<lang>/) before Wagtail's catch-all."""

from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("events/<int:page_id>/register/", views.register, name="register"),
    path("events/registration/<str:token>/", views.registration, name="registration"),
    path("events/registration/<str:token>/calendar.ics", views.registration_calendar, name="calendar"),
]
