"""The core's former membership tier becomes the plugin's levels: its "associate" (the organisations trusted to run
and publish for the network) full members, its "network" members associates; publishing trust is kept."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("hub", "0007_network_editor_permission"), ("membership", "0002_memberships_fee_bands_and_payments")]


@pytest.mark.django_db(transaction=True)
def test_existing_organisations_keep_a_sensible_meaning(directory):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    Page = old.get_model("hub", "MemberOrganisationPage")
    Locale = old.get_model("wagtailcore", "Locale")
    ContentType = old.get_model("contenttypes", "ContentType")
    kind = ContentType.objects.get(app_label="hub", model="memberorganisationpage")
    parent = old.get_model("wagtailcore", "Page").objects.get(pk=directory.pk)
    for number, (title, tier, trusted) in enumerate(
        [("Trusted Associates", "associate", True), ("Plain Network Member", "network", False)]
    ):
        Page.objects.create(
            title=title,
            slug=f"org-{number}",
            path=f"{parent.path}{number + 1:04d}",
            depth=parent.depth + 1,
            numchild=0,
            url_path=f"{parent.url_path}org-{number}/",
            content_type=kind,
            locale=Locale.objects.get(pk=parent.locale_id),
            membership_tier=tier,
            trusted_publisher=trusted,
        )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    from hub.models import MemberOrganisationPage
    from membership.models import Membership

    levels = {
        membership.organisation.title: (membership.level, membership.organisation.trusted_publisher)
        for membership in Membership.objects.select_related("organisation")
    }
    assert levels == {"Trusted Associates": ("full", True), "Plain Network Member": ("associate", False)}
    assert Membership.objects.get(level="full").renewal_date is not None
    assert not hasattr(MemberOrganisationPage(), "membership_tier")
