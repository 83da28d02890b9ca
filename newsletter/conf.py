"""The newsletter plugin's settings, with their defaults (see hub.plugins.conf)."""

from hub.plugins.conf import plugin_setting


def subscriptions_per_hour():
    """How many subscription requests one address may send in an hour (newsletter.subscribing)."""
    return plugin_setting("HUB_NEWSLETTER_SUBSCRIPTIONS_PER_HOUR", 10)


def confirmation_days():
    """Days a confirmation link works; an unconfirmed request is deleted after them (newsletter.personal_data)."""
    return plugin_setting("HUB_NEWSLETTER_CONFIRMATION_DAYS", 7)


def unsubscribed_retention_days():
    """Days an address that unsubscribed is kept (so a late bounce or a repeated request is understood)."""
    return plugin_setting("HUB_NEWSLETTER_UNSUBSCRIBED_RETENTION_DAYS", 30)
