"""System checks that keep plugins honest (every plugin declares itself and fits this hub's version) and
uploads checkable (every document type allowed has a rule for its content)."""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, register
from packaging.specifiers import InvalidSpecifier, SpecifierSet

import hub
from hub.plugins import HubPluginConfig
from hub.uploads import DOCUMENT_CONTENT


@register()
def check_plugins(app_configs=None, **kwargs):
    errors = []
    for app_config in apps.get_app_configs():
        if not isinstance(app_config, HubPluginConfig):
            continue
        try:
            info = app_config.get_plugin_info()
        except TypeError as error:
            errors.append(
                Error(
                    f"Plugin app '{app_config.label}' declares something the hub does not know: {error}.",
                    hint="See PluginInfo in hub/plugins/__init__.py for what a plugin may declare.",
                    obj=app_config,
                    id="hub.E003",
                )
            )
            continue
        if info is None:
            errors.append(
                Error(
                    f"Plugin app '{app_config.label}' declares no HubPluginMeta.",
                    hint="Add an inner `class HubPluginMeta` to its AppConfig with at least name and version.",
                    obj=app_config,
                    id="hub.E001",
                )
            )
            continue
        if info.compatibility:
            try:
                compatible = SpecifierSet(info.compatibility).contains(hub.__version__, prereleases=True)
            except InvalidSpecifier:
                compatible = False
            if not compatible:
                errors.append(
                    Error(
                        f"Plugin '{info.label}' requires hub {info.compatibility}; this is hub {hub.__version__}.",
                        obj=app_config,
                        id="hub.E002",
                    )
                )
    return errors


@register()
def check_document_extensions(app_configs=None, **kwargs):
    unknown = [extension for extension in settings.WAGTAILDOCS_EXTENSIONS if extension not in DOCUMENT_CONTENT]
    if not unknown:
        return []
    return [
        Error(
            f"WAGTAILDOCS_EXTENSIONS allows {', '.join(unknown)}, whose content hub.uploads cannot check.",
            hint="Add what such files contain to hub.uploads.DOCUMENT_CONTENT, or remove the extension.",
            id="hub.E004",
        )
    ]
