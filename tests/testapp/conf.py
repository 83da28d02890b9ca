"""The test plugin's settings, read as every plugin reads its own (hub.plugins.conf)."""

from hub.plugins.conf import plugin_setting


def subscription_retention_days():
    return plugin_setting("HUB_TESTAPP_SUBSCRIPTION_RETENTION_DAYS", 30)
