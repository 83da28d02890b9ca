"""Audio and video move into private storage: the rows of wagtailmedia's own model are copied into
hub.HubMedia with the same ids (page revisions name recordings by id), and their files moved out of
MEDIA_ROOT. resources' next migration points interviews at the copies and deletes the originals."""

import django.core.validators
import django.db.models.deletion
import hub.models.private_media
import modelsearch.index
import taggit.managers
import wagtail.models.media
from django.conf import settings
from django.core.files.storage import default_storage, storages
from django.core.management.color import no_style
from django.db import migrations, models


COPIED_FIELDS = ["title", "type", "duration", "width", "height", "collection_id", "uploaded_by_user_id"]


def move_to_private_storage(file):
    """The file's name in private storage, moved there from MEDIA_ROOT (already moved: the name as it is)."""
    if not file:
        return ""
    try:
        with default_storage.open(file.name) as content:
            name = storages["private"].save(file.name, content)
    except FileNotFoundError:
        return file.name
    default_storage.delete(file.name)
    return name


def copy_into_private_storage(apps, schema_editor):
    Media = apps.get_model("wagtailmedia", "Media")
    HubMedia = apps.get_model("hub", "HubMedia")
    for media in Media.objects.all():
        HubMedia.objects.create(
            pk=media.pk,
            file=move_to_private_storage(media.file),
            thumbnail=move_to_private_storage(media.thumbnail),
            **{name: getattr(media, name) for name in COPIED_FIELDS},
        )
        HubMedia.objects.filter(pk=media.pk).update(created_at=media.created_at)
    # Ids were given explicitly: PostgreSQL's sequence must learn where they end.
    with schema_editor.connection.cursor() as cursor:
        for statement in schema_editor.connection.ops.sequence_reset_sql(no_style(), [HubMedia]):
            cursor.execute(statement)
    ContentType = apps.get_model("contenttypes", "ContentType")
    original = ContentType.objects.filter(app_label="wagtailmedia", model="media").first()
    if original is not None:
        copy, _created = ContentType.objects.get_or_create(app_label="hub", model="hubmedia")
        apps.get_model("taggit", "TaggedItem").objects.filter(content_type=original).update(content_type=copy)


class Migration(migrations.Migration):

    dependencies = [
        ('hub', '0004_document_text'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailmedia', '0005_alter_media_options'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='HubMedia',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('title', models.CharField(max_length=255, verbose_name='title')),
                ('type', models.CharField(choices=[('audio', 'Audio file'), ('video', 'Video file')], max_length=255)),
                ('duration', models.FloatField(blank=True, default=0, help_text='Duration in seconds', validators=[django.core.validators.MinValueValidator(0)], verbose_name='duration')),
                ('width', models.PositiveIntegerField(blank=True, null=True, verbose_name='width')),
                ('height', models.PositiveIntegerField(blank=True, null=True, verbose_name='height')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created at')),
                ('file', models.FileField(storage=hub.models.private_media.private_storage, upload_to='media', verbose_name='file')),
                ('thumbnail', models.FileField(blank=True, storage=hub.models.private_media.private_storage, upload_to='media_thumbnails', verbose_name='thumbnail')),
                ('collection', models.ForeignKey(default=wagtail.models.media.get_root_collection_id, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.collection', verbose_name='collection')),
                ('tags', taggit.managers.TaggableManager(blank=True, help_text=None, through='taggit.TaggedItem', to='taggit.Tag', verbose_name='tags')),
                ('uploaded_by_user', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL, verbose_name='uploaded by user')),
            ],
            options={
                'verbose_name': 'media',
                'verbose_name_plural': 'media items',
                'abstract': False,
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.RunPython(copy_into_private_storage, elidable=False),
    ]
