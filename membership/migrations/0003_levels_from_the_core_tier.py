"""Membership levels from the core's former `membership_tier`, before the core drops it (hub 0008).

That tier's "associate" meant the organisations the network trusted with the running of the network (the demo's
about page: they sit on the steering group, host regional meetings) and with publishing; "network" meant everyone
else. In the network's own terms those are full members and associate members: "associate" becomes full (active,
renewable a year from now) and "network" becomes associate. Publishing trust (`trusted_publisher`) is untouched.
"""

import datetime

from django.db import migrations


def levels_from_tier(apps, schema_editor):
    MemberOrganisationPage = apps.get_model("hub", "MemberOrganisationPage")
    Membership = apps.get_model("membership", "Membership")
    today = datetime.date.today()
    try:
        renewal = today.replace(year=today.year + 1)
    except ValueError:
        renewal = today + datetime.timedelta(days=365)
    seen = set()
    # One membership per organisation, on its first page (its source; translations share the translation key).
    for page in MemberOrganisationPage.objects.filter(alias_of__isnull=True).order_by("pk"):
        if page.translation_key in seen:
            continue
        seen.add(page.translation_key)
        full = page.membership_tier == "associate"
        Membership.objects.get_or_create(
            organisation_id=page.pk,
            defaults={"level": "full" if full else "associate", "renewal_date": renewal if full else None},
        )


def tier_from_levels(apps, schema_editor):
    MemberOrganisationPage = apps.get_model("hub", "MemberOrganisationPage")
    Membership = apps.get_model("membership", "Membership")
    full = Membership.objects.filter(level="full").values("organisation__translation_key")
    MemberOrganisationPage.objects.filter(translation_key__in=full).update(membership_tier="associate")


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0007_network_editor_permission"),
        ("membership", "0002_memberships_fee_bands_and_payments"),
    ]
    run_before = [("hub", "0008_publishing_trust_without_membership_tier")]

    operations = [migrations.RunPython(levels_from_tier, tier_from_levels)]
