from django.urls import path

from membership import admin_views

urlpatterns = [
    path("applications/", admin_views.ApplicationsView.as_view(), name="membership_applications"),
    path(
        "applications/results/",
        admin_views.ApplicationsView.as_view(results_only=True),
        name="membership_applications_results",
    ),
    path("applications/<int:pk>/", admin_views.detail, name="membership_application"),
    path("applications/<int:pk>/<str:decision>/", admin_views.decide, name="membership_decide"),
]
