"""System checks that keep plugins honest (every plugin declares itself, fits this hub's version, and names only
callables that import and models that exist),
uploads checkable (every document type allowed has a rule for its content) and, with the database, every
page in every language's tree."""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.db import DatabaseError
from django.utils.module_loading import import_string
from packaging.specifiers import InvalidSpecifier, SpecifierSet

import hub
from hub.language_trees import incomplete_trees
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
        errors += declaration_errors(app_config, info)
    return errors


def declaration_errors(app_config, info):
    """A declared dotted path that does not import, or model name that does not resolve, is refused at start-up,
    not on the first request that would use it."""
    errors = []
    for where, kind, value in info.declarations():
        if kind == "dotted_path":
            try:
                import_string(value)
            except ImportError as error:
                errors.append(
                    Error(
                        f"Plugin '{info.label}' declares {where} = '{value}', which cannot be imported: {error}",
                        obj=app_config,
                        id="hub.E005",
                    )
                )
            continue
        for name in [value] if isinstance(value, str) else value:
            try:
                apps.get_model(name)
            except (LookupError, ValueError) as error:
                errors.append(
                    Error(
                        f"Plugin '{info.label}' declares {where} with '{name}', which is not a model: {error}",
                        hint="Name models as 'app_label.ModelName'.",
                        obj=app_config,
                        id="hub.E006",
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


@register(Tags.database)
def check_language_trees(app_configs=None, databases=None, **kwargs):
    """Run by `hub check --database default` and before `hub migrate` (so at every quick start)."""
    if not databases or "default" not in databases:
        return []
    try:
        incomplete = incomplete_trees()
    except DatabaseError:  # not migrated yet: there are no trees to compare
        return []
    if not incomplete:
        return []
    lacking = ", ".join(f"{locale.language_code} lacks {count}" for locale, count in incomplete.items())
    return [
        Warning(
            f"Some languages' page trees lack pages that the others have ({lacking}).",
            hint="Run `hub hub_repair_trees --dry-run` to list them and `hub hub_repair_trees` to restore them.",
            id="hub.W001",
        )
    ]
