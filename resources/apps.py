from django.utils.translation import gettext_lazy as _

from hub.plugins import HomeSection, HubPluginConfig


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
        search_date_fields = {"resources.ResourcePage": "publication_date"}
        demo_builder = "resources.demo.build"
        scale_builder = "resources.demo.build_scale"

    def ready(self):
        from resources.toolkit_pdf import connect_signals as connect_toolkit_pdf_signals

        connect_toolkit_pdf_signals()
