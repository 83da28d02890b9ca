from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "hub"
    label = "hub"
    verbose_name = _("Hub")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub import checks  # noqa: F401  (registers the system checks)
        from hub.setup import ensure_setup_after_migrate

        post_migrate.connect(ensure_setup_after_migrate, sender=self)
