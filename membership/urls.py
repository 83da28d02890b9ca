from django.urls import path

from membership import admin_views, ballot_views

urlpatterns = [
    path("ballots/", ballot_views.index, name="membership_ballots"),
    path("ballots/<int:pk>/", ballot_views.detail, name="membership_ballot"),
    path("ballots/<int:pk>/vote/", ballot_views.vote, name="membership_ballot_vote"),
    path("groups/", admin_views.groups, name="membership_groups"),
    path("applications/", admin_views.ApplicationsView.as_view(), name="membership_applications"),
    path(
        "applications/results/",
        admin_views.ApplicationsView.as_view(results_only=True),
        name="membership_applications_results",
    ),
    path("applications/<int:pk>/", admin_views.detail, name="membership_application"),
    *(
        path(
            f"applications/<int:pk>/{decision}/",
            admin_views.decide,
            {"decision": decision},
            name=f"membership_{decision}",
        )
        for decision in admin_views.DECISIONS
    ),
]
