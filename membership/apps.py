from django.utils.translation import gettext_lazy as _

from hub.plugins import AdminMenuEntry, HubPluginConfig, PersonalDataSource

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
        description = _("Applications to join the network and the network team's decisions on them.")
        network_page_types = ["membership.JoinPage"]
        # The rule guarding each admin URL (see hub.admin_url_rules).
        admin_url_rules = {
            "membership/applications/": NETWORK_EDITORS_ONLY,
            "membership/applications/results/": NETWORK_EDITORS_ONLY,
            "membership/applications/<int:pk>/": NETWORK_EDITORS_ONLY,
            "membership/applications/<int:pk>/approve/": NETWORK_EDITORS_ONLY + ", POST",
            "membership/applications/<int:pk>/decline/": NETWORK_EDITORS_ONLY + ", POST",
            "membership/applications/<int:pk>/ask/": NETWORK_EDITORS_ONLY + ", POST",
        }
        admin_menu_items = [
            AdminMenuEntry(
                name="membership_applications",
                label=_("Applications to join"),
                url_name="membership_applications",
                icon_name="user",
                order=460,
                permission="hub.act_for_network",
            )
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
