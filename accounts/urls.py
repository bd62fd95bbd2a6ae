"""/<lang>/account/… : allauth's screens (login/, signup/, code/, confirm-email/, password/…, 2fa/, oidc/…,
3rdparty/) and this app's personal-data screens (data/, delete/). /<lang>/account/ itself is not taken here: it
is the investor's space (app investors)."""

from django.urls import include, path

from accounts import views

urlpatterns = [
    path("account/data/", views.personal_data, name="account_personal_data"),
    path("account/data/download/", views.personal_data_download, name="account_personal_data_download"),
    path("account/delete/", views.account_delete_view, name="account_delete"),
    path("account/", include("allauth.urls")),
]
