from django.apps import AppConfig
from django.db.models.signals import post_migrate, pre_save
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "hub"
    label = "hub"
    verbose_name = _("Hub")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub import (
            checks,  # noqa: F401  (registers the system checks)
            public_settings,  # noqa: F401  (forgets the cached settings when they change)
            site_names,  # noqa: F401  (forgets the cached names when they change)
        )
        from hub.caching import connect_page_cache_invalidation
        from hub.notifications import connect_notifiers
        from hub.published_aliases import take_over_aliasing
        from hub.setup import ensure_setup_after_migrate
        from hub.translation_drafts import hold_unpublished_translations_back

        post_migrate.connect(ensure_setup_after_migrate, sender=self)
        connect_notifiers()
        connect_page_cache_invalidation()
        take_over_aliasing()
        hold_unpublished_translations_back()
        self.use_hub_page_form()
        self.strip_metadata_from_uploaded_images()
        self.check_media_chosen_in_the_translation_editor()
        self.reload_interface_translations_before_tasks()

    @staticmethod
    def reload_interface_translations_before_tasks():
        # The background worker renders emails and PDFs outside any request: it too takes the interface strings
        # changed in the admin (web processes do it in hub.interface_catalogues.InterfaceTranslationsMiddleware).
        from django_tasks.signals import task_started

        from hub.interface_catalogues import refresh

        task_started.connect(lambda sender, **kwargs: refresh(), weak=False, dispatch_uid="hub_interface_catalogues")

    @staticmethod
    def strip_metadata_from_uploaded_images():
        from wagtail.images import get_image_model

        from hub.media import strip_image_metadata

        pre_save.connect(strip_image_metadata, sender=get_image_model())

    @staticmethod
    def check_media_chosen_in_the_translation_editor():
        from wagtail_localize.models import SegmentOverride

        from hub.override_guard import refuse_media_the_translator_may_not_choose

        pre_save.connect(refuse_media_the_translator_may_not_choose, sender=SegmentOverride)

    @staticmethod
    def use_hub_page_form():
        # Every page type without a form of its own gets the media check and taxonomy in the page's language
        # (see hub.page_forms).
        from wagtail.admin.panels import page_utils  # noqa: F401  (sets Wagtail's default first)
        from wagtail.models import Page

        from hub.page_forms import HubPageForm

        Page.base_form_class = HubPageForm
