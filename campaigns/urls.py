from django.urls import path

from campaigns import admin_views

urlpatterns = [
    path("", admin_views.index, name="campaigns_admin"),
    path("supports/<int:pk>/decide/", admin_views.decide, name="campaigns_decide_support"),
    path("<int:pk>/pledges/", admin_views.PledgesView.as_view(), name="campaigns_pledges"),
    path(
        "<int:pk>/pledges/results/",
        admin_views.PledgesView.as_view(results_only=True),
        name="campaigns_pledges_results",
    ),
]
