"""The oral histories' models, which the resources app created (its migrations 0003 and 0004), taken over
with their tables as they are: the models enter this app's state only (resources' 0005 lets them go), and
their content types are renamed, keeping their ids, so that pages, revisions, permissions, log entries,
translation sources and search entries keep pointing at them."""

import django.db.models.deletion
import modelcluster.fields
import oral_histories.timecodes
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

MODELS = ["interviewpage", "oralhistoryprojectpage", "accessrequest"]
# What the audit log records of interviews, named by the app that logs it.
LOG_ACTIONS = ["withdraw_interview", "access_requested", "access_approved", "access_declined"]


def rename(apps, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        moving = ContentType.objects.filter(app_label=source, model=model).first()
        if moving is None:
            continue  # a new database: Django creates the content types after migrating
        # One made for the target by an earlier, partial migrate run holds nothing yet: it gives way.
        ContentType.objects.filter(app_label=target, model=model).delete()
        moving.app_label = target
        moving.save(update_fields=["app_label"])
    PageLogEntry = apps.get_model("wagtailcore", "PageLogEntry")
    for action in LOG_ACTIONS:
        PageLogEntry.objects.filter(action=f"{source}.{action}").update(action=f"{target}.{action}")
    ContentType.objects.clear_cache()


def move_content_types(apps, schema_editor):
    rename(apps, "resources", "oral_histories")


def move_content_types_back(apps, schema_editor):
    rename(apps, "oral_histories", "resources")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("hub", "0006_document_text_too_large"),
        ("resources", "0004_recordings_in_private_storage"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="InterviewPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to="wagtailcore.page",
                            ),
                        ),
                        (
                            "narrator_shown_as",
                            models.CharField(
                                choices=[("real", "Real name"), ("pseudonym", "Pseudonym"), ("anonymous", "Anonymous")],
                                default="anonymous",
                                max_length=20,
                                verbose_name="narrator shown as",
                            ),
                        ),
                        (
                            "narrator_real_name",
                            models.CharField(
                                blank=True,
                                help_text="Kept private: shown only when the narrator chose to appear under their real name.",
                                max_length=200,
                                verbose_name="narrator's real name",
                            ),
                        ),
                        ("narrator_pseudonym", models.CharField(blank=True, max_length=200, verbose_name="pseudonym")),
                        ("interviewer", models.CharField(blank=True, max_length=200, verbose_name="interviewer")),
                        (
                            "interview_date",
                            models.DateField(blank=True, null=True, verbose_name="date of the interview"),
                        ),
                        ("place", models.CharField(blank=True, max_length=200, verbose_name="place")),
                        (
                            "origin",
                            models.CharField(
                                blank=True,
                                help_text="For example: Somali, Kurdistan.",
                                max_length=200,
                                verbose_name="community or country of origin",
                            ),
                        ),
                        ("summary", models.TextField(max_length=1000, verbose_name="summary")),
                        (
                            "recording_link",
                            models.URLField(
                                blank=True,
                                help_text="If the recording is hosted elsewhere: its address, offered as a link (never embedded).",
                                verbose_name="recording elsewhere",
                            ),
                        ),
                        (
                            "duration",
                            oral_histories.timecodes.TimecodeField(
                                blank=True, help_text="hh:mm:ss or mm:ss", null=True, verbose_name="duration"
                            ),
                        ),
                        (
                            "transcript",
                            wagtail.fields.RichTextField(
                                blank=True,
                                help_text="The full transcript, in this page's language; each translation carries its own.",
                                verbose_name="transcript",
                            ),
                        ),
                        (
                            "segments",
                            wagtail.fields.StreamField(
                                [("segment", 5)],
                                blank=True,
                                block_lookup={
                                    0: (
                                        "oral_histories.timecodes.TimecodeBlock",
                                        (),
                                        {"help_text": "hh:mm:ss or mm:ss", "label": "starts at"},
                                    ),
                                    1: ("wagtail.blocks.CharBlock", (), {"label": "title", "max_length": 200}),
                                    2: ("wagtail.blocks.TextBlock", (), {"label": "synopsis", "required": False}),
                                    3: (
                                        "wagtail.blocks.CharBlock",
                                        (),
                                        {"help_text": "Separated by commas.", "label": "keywords", "required": False},
                                    ),
                                    4: (
                                        "wagtail.blocks.TextBlock",
                                        (),
                                        {
                                            "help_text": "What is said in this segment, shown to those who may read the transcript.",
                                            "label": "partial transcript",
                                            "required": False,
                                        },
                                    ),
                                    5: (
                                        "wagtail.blocks.StructBlock",
                                        [
                                            [
                                                ("start", 0),
                                                ("title", 1),
                                                ("synopsis", 2),
                                                ("keywords", 3),
                                                ("partial_transcript", 4),
                                            ]
                                        ],
                                        {},
                                    ),
                                },
                                verbose_name="segment index",
                            ),
                        ),
                        (
                            "consent_scope",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("public", "Public on the web"),
                                    ("on-request", "On request only"),
                                    ("research", "Research only"),
                                ],
                                default="",
                                max_length=20,
                                verbose_name="consent given for",
                            ),
                        ),
                        (
                            "embargo_until",
                            models.DateField(
                                blank=True,
                                help_text="Nothing of the interview is public before this day.",
                                null=True,
                                verbose_name="embargo until",
                            ),
                        ),
                        ("consent_conditions", models.TextField(blank=True, verbose_name="conditions")),
                        (
                            "consent_withdrawn",
                            models.BooleanField(default=False, editable=False, verbose_name="consent withdrawn"),
                        ),
                        (
                            "consent_withdrawn_at",
                            models.DateTimeField(
                                blank=True, editable=False, null=True, verbose_name="consent withdrawn on"
                            ),
                        ),
                        (
                            "consent_form",
                            models.ForeignKey(
                                blank=True,
                                help_text="A scan of the signed form. Upload it anywhere: on saving, it is moved into the “Consent forms” collection, which only the network team can open.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="hub.hubdocument",
                                verbose_name="signed consent form",
                            ),
                        ),
                        (
                            "languages",
                            modelcluster.fields.ParentalManyToManyField(
                                blank=True, to="hub.language", verbose_name="languages spoken"
                            ),
                        ),
                        (
                            "organisation",
                            models.ForeignKey(
                                blank=True,
                                editable=False,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="hub.memberorganisationpage",
                                verbose_name="member organisation",
                            ),
                        ),
                        (
                            "recording",
                            models.ForeignKey(
                                blank=True,
                                help_text="The audio or video file. It is served only to those the consent record allows.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="hub.hubmedia",
                                verbose_name="recording",
                            ),
                        ),
                        (
                            "regions",
                            modelcluster.fields.ParentalManyToManyField(
                                blank=True, to="hub.region", verbose_name="regions"
                            ),
                        ),
                        (
                            "themes",
                            modelcluster.fields.ParentalManyToManyField(
                                blank=True, to="hub.theme", verbose_name="themes"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "oral history interview",
                        "verbose_name_plural": "oral history interviews",
                        "db_table": "resources_interviewpage",
                        "permissions": [
                            ("withdraw_interviewpage", "Can withdraw an interview whose narrator withdrew consent")
                        ],
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, "wagtailcore.page", models.Model),
                ),
                migrations.CreateModel(
                    name="AccessRequest",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("name", models.CharField(max_length=200, verbose_name="your name")),
                        ("email", models.EmailField(max_length=254, verbose_name="your email address")),
                        ("organisation", models.CharField(blank=True, max_length=200, verbose_name="organisation")),
                        (
                            "intended_use",
                            models.TextField(
                                help_text="Research, teaching, a film…",
                                max_length=2000,
                                verbose_name="what you intend to do with the interview",
                            ),
                        ),
                        ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="requested on")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("pending", "Waiting for a decision"),
                                    ("approved", "Approved"),
                                    ("declined", "Declined"),
                                ],
                                default="pending",
                                max_length=20,
                                verbose_name="status",
                            ),
                        ),
                        ("decided_at", models.DateTimeField(blank=True, null=True, verbose_name="decided on")),
                        ("decision_note", models.TextField(blank=True, verbose_name="note")),
                        (
                            "decided_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="decided by",
                            ),
                        ),
                        (
                            "interview",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="access_requests",
                                to="oral_histories.interviewpage",
                                verbose_name="interview",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "access request",
                        "verbose_name_plural": "access requests",
                        "db_table": "resources_accessrequest",
                        "ordering": ["-created_at"],
                    },
                ),
                migrations.CreateModel(
                    name="OralHistoryProjectPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to="wagtailcore.page",
                            ),
                        ),
                        ("description", wagtail.fields.RichTextField(verbose_name="description")),
                        (
                            "partners",
                            models.CharField(
                                blank=True,
                                help_text="Organisations the project worked with.",
                                max_length=300,
                                verbose_name="partners",
                            ),
                        ),
                        (
                            "period",
                            models.CharField(
                                blank=True,
                                help_text="For example: 1955–1975.",
                                max_length=100,
                                verbose_name="period remembered",
                            ),
                        ),
                        (
                            "languages",
                            modelcluster.fields.ParentalManyToManyField(
                                blank=True, to="hub.language", verbose_name="languages"
                            ),
                        ),
                        (
                            "organisation",
                            models.ForeignKey(
                                blank=True,
                                editable=False,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="hub.memberorganisationpage",
                                verbose_name="member organisation",
                            ),
                        ),
                        (
                            "regions",
                            modelcluster.fields.ParentalManyToManyField(
                                blank=True, to="hub.region", verbose_name="regions"
                            ),
                        ),
                        (
                            "themes",
                            modelcluster.fields.ParentalManyToManyField(
                                blank=True, to="hub.theme", verbose_name="themes"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "oral history project",
                        "verbose_name_plural": "oral history projects",
                        "db_table": "resources_oralhistoryprojectpage",
                    },
                    bases=("wagtailcore.page", models.Model),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
