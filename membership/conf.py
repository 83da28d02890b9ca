"""The membership plugin's settings, with their defaults (see hub.plugins.conf)."""

from hub.plugins.conf import plugin_setting


def applications_per_hour():
    """How many applications to join one address may send in an hour (membership.joining)."""
    return plugin_setting("HUB_MEMBERSHIP_APPLICATIONS_PER_HOUR", 5)


def contact_retention_days():
    """Days after an ended membership's renewal date before its contact people's details are deleted."""
    return plugin_setting("HUB_MEMBERSHIP_CONTACT_RETENTION_DAYS", 730)


def application_retention_days():
    """Days a declined application (and its contact person's details) is kept after the decision."""
    return plugin_setting("HUB_MEMBERSHIP_APPLICATION_RETENTION_DAYS", 365)
