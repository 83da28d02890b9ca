from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from hub.admin_url_rules import MODEL_PERMISSION, model_viewset_routes
from hub.plugins import AdminMenuEntry, DirectoryFilter, HubPluginConfig, PersonalDataSource

NETWORK_EDITORS_ONLY = "membership: network editors only (hub.roles.is_network_editor)"


class MembershipConfig(HubPluginConfig):
    """Membership and governance: applications to join, the decisions on them, and the two levels of membership."""

    name = "membership"
    label = "membership"
    verbose_name = _("Membership")

    class HubPluginMeta:
        name = _("Membership")
        version = "0.1"
        compatibility = ">=0.1"
        order = 600
        description = _("Applications to join, membership levels, fees and renewals.")
        network_page_types = ["membership.JoinPage"]
        member_facts = "membership.levels.member_facts"
        directory_filters = [DirectoryFilter(key="level", filter="membership.levels.level_filter")]
        # The rule guarding each admin URL (see hub.admin_url_rules).
        admin_url_rules = {
            "membership/applications/": NETWORK_EDITORS_ONLY,
            "membership/applications/results/": NETWORK_EDITORS_ONLY,
            "membership/applications/<int:pk>/": NETWORK_EDITORS_ONLY,
            "membership/applications/<int:pk>/approve/": NETWORK_EDITORS_ONLY + ", POST",
            "membership/applications/<int:pk>/decline/": NETWORK_EDITORS_ONLY + ", POST",
            "membership/applications/<int:pk>/ask/": NETWORK_EDITORS_ONLY + ", POST",
            **dict.fromkeys(
                model_viewset_routes("membership/memberships/"),
                MODEL_PERMISSION + " (membership.setup gives network editors view and change)",
            ),
        }
        admin_menu_items = [
            AdminMenuEntry(
                name="membership_applications",
                label=_("Applications to join"),
                url_name="membership_applications",
                icon_name="user",
                order=460,
                permission="hub.act_for_network",
            ),
            AdminMenuEntry(
                name="memberships",
                label=_("Memberships"),
                url_name="membership_memberships:index",
                icon_name="group",
                order=461,
                permission="membership.view_membership",
            ),
        ]
        personal_data = [
            PersonalDataSource(
                key="membership_applications",
                label=_("Applications to join"),
                export="membership.personal_data.export",
                erase="membership.personal_data.erase",
                purge_expired="membership.personal_data.purge_expired",
            )
        ]
        demo_builder = "membership.demo.build"

    def ready(self):
        from membership.levels import connect_membership_signals
        from membership.setup import ensure_membership_setup

        post_migrate.connect(ensure_membership_setup, sender=self)
        connect_membership_signals()
