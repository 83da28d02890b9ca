"""The events plugin's settings, with their defaults (see hub.plugins.conf)."""

from hub.plugins.conf import plugin_setting


def retention_days():
    """Days after an event ends before its registrations are deleted (events.personal_data)."""
    return plugin_setting("HUB_EVENTS_RETENTION_DAYS", 30)
