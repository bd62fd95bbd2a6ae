"""Public URLs of the investment app, mounted inside i18n_patterns (under /<lang>/)."""

from django.urls import path

from . import views

app_name = "investment"

urlpatterns = [
    path("investment-guide.pdf", views.investment_guide, name="guide_pdf"),
]
