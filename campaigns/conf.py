"""The campaigns plugin's settings, with their defaults (see hub.plugins.conf)."""

from hub.plugins.conf import plugin_setting


def pledge_retention_days():
    """Days after a campaign closes before its pledges are deleted (campaigns.personal_data)."""
    return plugin_setting("HUB_CAMPAIGNS_PLEDGE_RETENTION_DAYS", 180)


def pledges_per_hour():
    """How many pledges one address may make in an hour (campaigns.pledging)."""
    return plugin_setting("HUB_CAMPAIGNS_PLEDGES_PER_HOUR", 10)
