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


def batch_size():
    """How many emails one background task sends before the next batch is queued (newsletter.sending)."""
    return plugin_setting("HUB_NEWSLETTER_BATCH_SIZE", 200)


def max_attempts():
    """How many times an email of an issue is tried before its delivery is given up as failed."""
    return plugin_setting("HUB_NEWSLETTER_MAX_ATTEMPTS", 5)


def retry_seconds():
    """How long a send that met a failing mail server waits before it carries on."""
    return plugin_setting("HUB_NEWSLETTER_RETRY_SECONDS", 300)


def emails_per_minute():
    """The most emails of an issue sent in a minute, so as to stay within what the mail provider allows;
    0 sends as fast as the mail server takes them."""
    return plugin_setting("HUB_NEWSLETTER_EMAILS_PER_MINUTE", 600)


def bounce_webhook_secret():
    """The secret a mail provider's bounce webhook presents (HTTP Basic auth's `user:password`, as
    django-anymail's WEBHOOK_SECRET, or a Bearer token); empty switches the webhook off."""
    return plugin_setting("HUB_NEWSLETTER_BOUNCE_WEBHOOK_SECRET", "")


def when_nothing_new():
    """What subscribers in a language with nothing new since its last issue get: "network", the network's issue
    (what is new in the default language) with each page in their language where it is translated, in theirs
    where not; or "nothing", no issue that week."""
    return plugin_setting("HUB_NEWSLETTER_WHEN_NOTHING_NEW", "nothing")
