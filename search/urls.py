from django.urls import path

from . import views

api_urlpatterns = [
    path("api/search/", views.api_search, name="api-search"),
    path("api/search/suggest/", views.api_suggest, name="api-search-suggest"),
    path("api/search/click/", views.api_search_click, name="api-search-click"),
]
page_urlpatterns = [
    path("search/", views.search_page, name="search"),
]
