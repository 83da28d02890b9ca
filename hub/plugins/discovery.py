"""Finding plugin apps before Django starts: the settings call this to build INSTALLED_APPS."""

from importlib.metadata import entry_points

ENTRY_POINT_GROUP = "hub.plugins"


def installed_plugin_apps(bundled, exclude=()):
    """Bundled plugins, then pip-installed ones (entry point values are app modules), without repeats."""
    apps = list(bundled)
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        if entry_point.value not in apps:
            apps.append(entry_point.value)
    return [app for app in apps if app not in exclude]
