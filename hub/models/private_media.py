"""Audio and video kept in private storage: no public address serves them.

The hub's audio and video are recordings of people, whose consent decides who may hear
them. Kept under MEDIA_ROOT, anything that serves MEDIA_ROOT (Django in DEBUG, the proxy, a public
bucket) would serve them without asking. In the "private" storage (settings.STORAGES) they are reached
only through views that check: the page that uses a recording, and the admin's preview for editors
allowed to see it (hub.private_media). wagtailmedia uses this model (WAGTAILMEDIA["MEDIA_MODEL"]); its
permissions stay those of wagtailmedia.Media, which wagtailmedia's permission policy names.
"""

from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtailmedia.models import AbstractMedia


def private_storage():
    # A callable, so that migrations record the choice, not the location (which comes from the environment).
    return storages["private"]


class HubMedia(AbstractMedia):
    file = models.FileField(upload_to="media", storage=private_storage, verbose_name=_("file"))
    # A video's thumbnail may show the narrator's face: it is as private as the recording.
    thumbnail = models.FileField(
        upload_to="media_thumbnails", storage=private_storage, blank=True, verbose_name=_("thumbnail")
    )

    class Meta(AbstractMedia.Meta):
        verbose_name = _("media")
        verbose_name_plural = _("media items")
