"""PluginPage: what every page type a plugin brings inherits, so that switching the plugin off takes it out of "add page".

Where a page type may live is Wagtail's own rule, its `parent_page_types`: a member page type names
`hub.MemberOrganisationPage` (and its plugin's index), a network one `home.HomePage`. The home page and a member's
space take whatever names them, so the core lists no plugin's page types. Whether the plugin is enabled is asked each
time (`can_create_at`), since settings may change while the process runs; pages already made stay in the database.
"""

from hub.plugins import plugin_registry


class PluginPage:
    """Mixed in before `Page` (or a page base) by every page type of a plugin."""

    @classmethod
    def can_create_at(cls, parent):
        return plugin_registry.is_enabled(cls._meta.app_label) and super().can_create_at(parent)
