"""Finding plugin apps before Django starts: the settings call this to build INSTALLED_APPS.

Every plugin, bundled or pip-installed, declares an entry point in the "hub.plugins" group whose value is its
app module (the hub's own in pyproject.toml), so installing a distribution is what makes its plugins found.
"""

from importlib.metadata import entry_points

ENTRY_POINT_GROUP = "hub.plugins"


def installed_plugin_apps(exclude=()):
    """The app modules of every plugin installed, without repeats, sorted by module: the same list whatever
    order the distributions were installed in (where a plugin's contributions come is its meta's `order`)."""
    modules = {entry_point.value for entry_point in entry_points(group=ENTRY_POINT_GROUP)}
    return sorted(module for module in modules if module not in exclude)
