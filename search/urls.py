from django.urls import path

from . import views

api_urlpatterns = [
    path("api/search/", views.api_search, name="api-search"),
    path("api/search/suggest/", views.api_suggest, name="api-search-suggest"),
]
page_urlpatterns = [
    path("search/", views.search_page, name="search"),
]
