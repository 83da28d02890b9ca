"""Interviews' recordings are hub.HubMedia, in private storage (hub's migration 0005 copied them there with
the same ids); the originals, whose files have moved, are deleted."""

import django.db.models.deletion
from django.db import migrations, models


def delete_copied_originals(apps, schema_editor):
    HubMedia = apps.get_model("hub", "HubMedia")
    apps.get_model("wagtailmedia", "Media").objects.filter(pk__in=HubMedia.objects.values("pk")).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('hub', '0005_private_media'),
        ('wagtailmedia', '0005_alter_media_options'),
        ('resources', '0003_oral_histories'),
    ]

    operations = [
        migrations.AlterField(
            model_name='interviewpage',
            name='recording',
            field=models.ForeignKey(blank=True, help_text='The audio or video file. It is served only to those the consent record allows.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='hub.hubmedia', verbose_name='recording'),
        ),
        migrations.RunPython(delete_copied_originals),
        migrations.AlterField(
            model_name="interviewpage",
            name="consent_form",
            field=models.ForeignKey(
                blank=True,
                help_text="A scan of the signed form. Upload it anywhere: on saving, it is moved into the “Consent forms” collection, which only the network team can open.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="hub.hubdocument",
                verbose_name="signed consent form",
            ),
        ),
    ]
