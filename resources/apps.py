from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from hub.plugins import AdminMenuEntry, HomeSection, HubPluginConfig, PersonalDataSource


class ResourcesConfig(HubPluginConfig):
    """The network's library: reports, briefings, guides and more, from the network and every member."""

    name = "resources"
    label = "resources"
    verbose_name = _("Resources")

    class HubPluginMeta:
        name = _("Resources")
        version = "0.1"
        compatibility = ">=0.1"
        order = 100
        description = _("Reports, policy briefings, research and guides from the network and its members.")
        member_page_types = [
            "resources.ResourcePage",
            "resources.ToolkitPage",
            "resources.ToolkitChapterPage",
            "resources.OralHistoryProjectPage",
            "resources.InterviewPage",
        ]
        network_page_types = member_page_types
        index_page_type = "resources.ResourceIndexPage"
        home_sections = [
            HomeSection(
                key="latest_resources",
                label=_("Latest resources"),
                template="resources/home_section.html",
                items="resources.sections.latest_resources",
            )
        ]
        # The rule guarding each admin URL (see hub.admin_url_rules).
        admin_url_rules = {
            "oral-histories/requests/": "resources: resources.change_accessrequest (network editors)",
            "oral-histories/requests/<int:pk>/decide/": "resources: POST, resources.change_accessrequest",
            "oral-histories/withdraw/<int:page_id>/": "resources: resources.withdraw_interviewpage and edit permission",
        }
        admin_menu_items = [
            AdminMenuEntry(
                name="oral_history_access_requests",
                label=_("Oral history requests"),
                url_name="resources_access_requests",
                icon_name="media",
                permission="resources.change_accessrequest",
            )
        ]
        personal_data = [
            PersonalDataSource(
                key="oral_history_access_requests",
                label=_("Requests to hear oral histories"),
                export="resources.oral_history_personal_data.export",
                erase="resources.oral_history_personal_data.erase",
                purge_expired="resources.oral_history_personal_data.purge_expired",
            )
        ]
        search_date_fields = {"resources.ResourcePage": "publication_date"}
        demo_builder = "resources.demo.build"
        scale_builder = "resources.demo.build_scale"

    def ready(self):
        from resources.oral_history_setup import ensure_oral_history_setup
        from resources.oral_history_signals import connect_oral_history_signals
        from resources.toolkit_pdf import connect_signals as connect_toolkit_pdf_signals

        post_migrate.connect(ensure_oral_history_setup, sender=self)
        connect_oral_history_signals()
        connect_toolkit_pdf_signals()
