"""The oral histories' settings, with their defaults (see hub.plugins.conf)."""

from hub.plugins.conf import plugin_setting


def access_days():
    """How many days a link sent on approving an access request opens the recording."""
    return plugin_setting("HUB_ORAL_HISTORY_ACCESS_DAYS", 14)
