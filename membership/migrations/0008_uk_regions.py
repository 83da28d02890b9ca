"""Regions cover the whole UK: a network that has regions gets those of the UK's twelve it lacks, by slug. Existing
regions keep their names (network editors may have changed them) and stay editable; a new database, which has no
regions yet, gets them from the demo or from its network editors."""

import uuid

from django.conf import settings
from django.db import migrations

# A copy, as migrations keep: membership.regions.UK_REGIONS may change later.
UK_REGIONS = [
    ("north-east", "North East"),
    ("north-west", "North West"),
    ("yorkshire-and-the-humber", "Yorkshire and the Humber"),
    ("east-midlands", "East Midlands"),
    ("west-midlands", "West Midlands"),
    ("east-of-england", "East of England"),
    ("london", "London"),
    ("south-east", "South East"),
    ("south-west", "South West"),
    ("scotland", "Scotland"),
    ("wales", "Wales"),
    ("northern-ireland", "Northern Ireland"),
]


def add_missing_regions(apps, schema_editor):
    Region = apps.get_model("hub", "Region")
    Locale = apps.get_model("wagtailcore", "Locale")
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first() or Locale.objects.first()
    if locale is None or not Region.objects.filter(locale=locale).exists():
        return
    existing = set(Region.objects.filter(locale=locale).values_list("slug", flat=True))
    Region.objects.bulk_create(
        Region(slug=slug, name=name, locale=locale, translation_key=uuid.uuid4())
        for slug, name in UK_REGIONS
        if slug not in existing
    )


class Migration(migrations.Migration):
    dependencies = [
        ("membership", "0007_regional_groups"),
        ("hub", "0008_publishing_trust_without_membership_tier"),
    ]

    operations = [migrations.RunPython(add_missing_regions, migrations.RunPython.noop)]
