"""The oral histories' models moved to their own plugin app, oral_histories, whose first migration takes them
over with their tables and content types: here they leave the resources app's state, their tables untouched."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0004_recordings_in_private_storage"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="AccessRequest"),
                migrations.DeleteModel(name="InterviewPage"),
                migrations.DeleteModel(name="OralHistoryProjectPage"),
            ],
            database_operations=[],
        ),
    ]
