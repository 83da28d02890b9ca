from django.utils.translation import gettext_lazy as _

from hub.plugins import AdminMenuEntry, HomeSection, HubPluginConfig, PersonalDataSource, ProfileSection


class CampaignsConfig(HubPluginConfig):
    """Campaigns run by the network and its members, the pledges visitors sign, and policy opportunities."""

    name = "campaigns"
    label = "campaigns"
    verbose_name = _("Campaigns")

    class HubPluginMeta:
        name = _("Campaigns")
        version = "0.1"
        compatibility = ">=0.1"
        order = 400
        description = _("Campaigns, coalitions of members, pledges and policy opportunities.")
        member_page_types = ["campaigns.CampaignPage"]
        network_page_types = [
            "campaigns.CampaignPage",
            "campaigns.PolicyOpportunityIndexPage",
            "campaigns.PolicyOpportunityPage",
        ]
        index_page_type = "campaigns.CampaignIndexPage"
        # Subscribers who ask to be alerted hear of a new policy opportunity on their themes or regions at once.
        alert_page_types = ["campaigns.PolicyOpportunityPage"]
        home_sections = [
            HomeSection(
                key="core_campaigns",
                label=_("Our core campaigns"),
                template="campaigns/home_campaigns.html",
                items="campaigns.sections.core_campaigns",
            ),
            HomeSection(
                key="opportunities_closing_soon",
                label=_("Have your say: closing soon"),
                template="campaigns/home_opportunities.html",
                items="campaigns.sections.opportunities_closing_soon",
            ),
        ]
        profile_sections = [
            ProfileSection(
                key="supported_campaigns",
                label=_("Campaigns we support"),
                template="campaigns/profile_campaigns.html",
                items="campaigns.sections.campaigns_supported_by",
            )
        ]
        # The rule guarding each admin URL (see hub.admin_url_rules).
        admin_url_rules = {
            "campaigns/": "campaigns: only campaigns the user may manage (campaigns.permissions)",
            "campaigns/supports/<int:pk>/decide/": "campaigns: POST, may_manage the campaign asked to support",
            "campaigns/<int:pk>/pledges/": (
                "campaigns: campaigns.permissions.may_manage on that campaign; exports by hub.spreadsheets' rule"
            ),
            "campaigns/<int:pk>/pledges/results/": "as campaigns/<int:pk>/pledges/",
        }
        admin_menu_items = [
            AdminMenuEntry(
                name="campaigns",
                label=_("Campaigns and coalitions"),
                url_name="campaigns_admin",
                icon_name="group",
                order=450,
                shown_to="hub.dashboard.member_or_network_editor",
            )
        ]
        personal_data = [
            PersonalDataSource(
                key="campaign_pledges",
                label=_("Campaign pledges"),
                export="campaigns.personal_data.export",
                erase="campaigns.personal_data.erase",
                purge_expired="campaigns.personal_data.purge_expired",
                collects=_(
                    "When you sign a pledge: your name, email address, postcode and organisation if you give them, and whether we may contact you about the campaign, to count support and show it to decision-makers."
                ),
                retention="campaigns.personal_data.retention",
            )
        ]
        demo_builder = "campaigns.demo.build"
