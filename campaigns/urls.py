from django.urls import path

from campaigns import admin_views

urlpatterns = [
    path("", admin_views.index, name="campaigns_admin"),
    path("supports/<int:pk>/decide/", admin_views.decide, name="campaigns_decide_support"),
    path("<int:pk>/pledges.csv", admin_views.export_pledges, name="campaigns_export_pledges"),
]
