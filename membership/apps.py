from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from hub.admin_url_rules import MODEL_PERMISSION, model_viewset_routes, snippet_routes
from hub.plugins import AdminMenuEntry, DirectoryFilter, HubPluginConfig, PageSection, PersonalDataSource

NETWORK_EDITORS_ONLY = "membership: network editors only (hub.roles.is_network_editor)"
MEMBERS_AND_NETWORK = "membership: member and network editors (hub.dashboard.member_or_network_editor)"


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
        description = _(
            "Applications to join, membership levels, fees and renewals, regional groups, project teams and ballots on "
            "policy."
        )
        network_page_types = [
            "membership.JoinPage",
            "membership.BallotResultsPage",
            "membership.RegionalGroupsIndexPage",
            "membership.RegionalGroupPage",
            "membership.TeamsIndexPage",
            "membership.TeamPage",
        ]
        # Team pages are private workspaces: public search never looks for them (nor for the teams index).
        search_page_types = [
            "membership.JoinPage",
            "membership.BallotResultsPage",
            "membership.RegionalGroupsIndexPage",
            "membership.RegionalGroupPage",
        ]
        member_facts = "membership.levels.member_facts"
        # The map of the regions below the member directory.
        page_sections = [
            PageSection(
                key="regions_map", template="membership/directory_map.html", context="membership.groups.directory_map"
            )
        ]
        directory_filters = [DirectoryFilter(key="level", filter="membership.levels.level_filter")]
        # The rule guarding each admin URL (see hub.admin_url_rules).
        admin_url_rules = {
            "membership/applications/": NETWORK_EDITORS_ONLY,
            "membership/applications/results/": NETWORK_EDITORS_ONLY,
            "membership/applications/<int:pk>/": NETWORK_EDITORS_ONLY,
            "membership/applications/<int:pk>/approve/": NETWORK_EDITORS_ONLY + ", POST",
            "membership/applications/<int:pk>/decline/": NETWORK_EDITORS_ONLY + ", POST",
            "membership/applications/<int:pk>/ask/": NETWORK_EDITORS_ONLY + ", POST",
            "membership/groups/": NETWORK_EDITORS_ONLY,
            "membership/ballots/": MEMBERS_AND_NETWORK,
            "membership/ballots/<int:pk>/": MEMBERS_AND_NETWORK + "; votes and results as membership.voting allows",
            "membership/ballots/<int:pk>/vote/": (
                "membership: POST by an editor of the organisation voting (hub.dashboard.member_spaces), "
                "refused unless it is a full member in good standing and the ballot is open"
            ),
            **dict.fromkeys(
                snippet_routes("membership", "ballot"),
                MODEL_PERMISSION + " (membership.setup gives network editors add, change and delete)",
            ),
            **dict.fromkeys(
                model_viewset_routes("membership/memberships/", copy=False),
                MODEL_PERMISSION + " (membership.setup gives network editors view and change)",
            ),
        }
        admin_menu_items = [
            AdminMenuEntry(
                name="regional_groups",
                label=_("Regional groups"),
                url_name="membership_groups",
                icon_name="site",
                order=463,
                permission="hub.act_for_network",
            ),
            AdminMenuEntry(
                name="membership_applications",
                label=_("Applications to join"),
                url_name="membership_applications",
                icon_name="user",
                order=460,
                permission="hub.act_for_network",
            ),
            AdminMenuEntry(
                name="ballots",
                label=_("Ballots"),
                url_name="membership_ballots",
                icon_name="tasks",
                order=462,
                shown_to="hub.dashboard.member_or_network_editor",
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
                label=_("Applications to join and member contacts"),
                export="membership.personal_data.export",
                erase="membership.personal_data.erase",
                purge_expired="membership.personal_data.purge_expired",
                collects=_(
                    "When an organisation applies to join or is a member: the name, email address, phone number and role of its contact people, to run the membership."
                ),
                retention="membership.personal_data.retention",
            )
        ]
        demo_builder = "membership.demo.build"

    def ready(self):
        from membership.levels import connect_membership_signals
        from membership.setup import ensure_membership_setup
        from membership.teams import connect_team_signals

        post_migrate.connect(ensure_membership_setup, sender=self)
        connect_membership_signals()
        connect_team_signals()
