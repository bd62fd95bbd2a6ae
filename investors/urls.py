"""URLs of the investor's space: pages under ``/<lang>/account/`` (inside i18n_patterns; the accounts app owns
the sign-in paths beside them: ``login/``, ``logout/``, ``signup/``…) and the JSON API under ``/api/account/``."""

from django.urls import path

from . import api, views

app_name = "investors"

urlpatterns = [
    path("account/", views.dashboard, name="dashboard"),
    path("account/profile/", views.profile, name="profile"),
    path("account/shortlist/", views.shortlist_toggle, name="shortlist"),
    path("account/shortlist/<int:page_id>/note/", views.shortlist_note, name="shortlist_note"),
    path("account/shortlist/compare/", views.compare, name="compare"),
    path("account/searches/", views.searches, name="searches"),
    path("account/searches/<int:pk>/", views.search_edit, name="search_edit"),
    path("account/inquiries/<str:reference>/", views.inquiry_detail, name="inquiry"),
    path("account/alerts/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]

api_urlpatterns = [
    path("api/account/state/", api.api_state, name="api_state"),
    path("api/account/shortlist/", api.api_shortlist, name="api_shortlist"),
    path("api/account/shortlist/<int:page_id>/", api.api_shortlist_item, name="api_shortlist_item"),
    path("api/account/searches/", api.api_searches, name="api_searches"),
    path("api/account/searches/<int:pk>/", api.api_search_item, name="api_search_item"),
    path("api/account/profile/", api.api_profile, name="api_profile"),
]
