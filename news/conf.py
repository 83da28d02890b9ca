"""The news plugin's settings, with their defaults (see hub.plugins.conf)."""

from hub.plugins.conf import plugin_setting


def commentable_page_types():
    """The page types ("app_label.Model") that take public comments: news, and other plugins' that the network
    opens to comments. Those of a plugin switched off or not installed are left out (news.commenting)."""
    names = plugin_setting(
        "HUB_NEWS_COMMENTABLE_PAGE_TYPES",
        "news.NewsPage,resources.ResourcePage,resources.ToolkitPage,campaigns.CampaignPage",
    )
    return [name.strip() for name in names.split(",") if name.strip()] if isinstance(names, str) else list(names)


def trust_returning_commenters():
    """Whether a comment from an email address with an approved comment goes straight through (links are held
    whatever this says); off, every comment waits for a moderator."""
    return plugin_setting("HUB_NEWS_TRUST_RETURNING_COMMENTERS", False)


def comments_per_hour():
    """How many comments (and reports of comments) one address may send in an hour (news.commenting)."""
    return plugin_setting("HUB_NEWS_COMMENTS_PER_HOUR", 10)


def comment_retention_days():
    """Days a commenter's email is kept; then it is erased, and rejected comments are deleted."""
    return plugin_setting("HUB_NEWS_COMMENT_RETENTION_DAYS", 365)
