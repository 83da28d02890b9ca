"""Signals for oral histories: recordings get unguessable file names; publishing applies the consent."""

import posixpath
import secrets

from django.db.models.signals import pre_save
from wagtail.signals import page_published
from wagtailmedia.models import get_media_model


def unguessable_recording_name(sender, instance, **kwargs):
    """A recording's file lives under a random folder in private storage (hub.models.private_media): should
    that storage ever be misconfigured into a public place, its address still could not be guessed."""
    file = instance.file
    if not file or getattr(file, "_committed", True):
        return
    file.name = posixpath.join(secrets.token_urlsafe(24), posixpath.basename(file.name))


def apply_consent_on_publish(sender, instance, **kwargs):
    from oral_histories.access import sync_view_restrictions

    sync_view_restrictions(instance)


def connect_oral_history_signals():
    from oral_histories.models import InterviewPage

    pre_save.connect(unguessable_recording_name, sender=get_media_model(), dispatch_uid="oral_histories_recording_name")
    page_published.connect(
        apply_consent_on_publish, sender=InterviewPage, dispatch_uid="oral_histories_consent_publish"
    )
