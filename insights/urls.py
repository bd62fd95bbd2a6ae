from django.urls import path

from . import views

api_urlpatterns = [path("api/insights/views/", views.beacon, name="insights_beacon")]
admin_urlpatterns = [path("insights/", views.DemandDashboardView.as_view(), name="insights_dashboard")]
