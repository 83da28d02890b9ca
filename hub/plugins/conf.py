"""Plugins' own settings: each plugin's conf.py reads its settings here, with the default beside it.

A plugin's settings do not belong in the core's settings module. A deployment sets one in its Django
settings or, like the core's, in the environment; the plugin's default applies otherwise. Read at call
time, so that a test's `settings` override and a changed environment are both seen.
"""

import os

from django.conf import settings


def plugin_setting(name, default):
    """The Django setting `name`, else the environment variable of that name (cast like `default`), else `default`."""
    if hasattr(settings, name):
        return getattr(settings, name)
    value = os.environ.get(name)
    if value is None:
        return default
    if isinstance(default, bool):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return type(default)(value)
