from django.utils.translation import gettext_lazy as _

from hub.plugins import AdminMenuEntry, HomeSection, HubPluginConfig, PersonalDataSource, ProfileSection, SearchFacet


class TestPluginConfig(HubPluginConfig):
    """A plugin that exists only for tests: it proves the plugin mechanism end to end."""

    name = "tests.testapp"
    label = "testapp"
    verbose_name = _("Test plugin")

    class HubPluginMeta:
        name = _("Test plugin")
        version = "1.0"
        compatibility = ">=0.1"
        member_page_types = ["testapp.NoticePage", "testapp.StoryPage"]
        network_page_types = ["testapp.NetworkNoticePage"]
        index_page_type = "testapp.NoticeIndexPage"
        home_sections = [
            HomeSection(
                key="notices",
                label=_("Latest notices"),
                template="testapp/home_section.html",
                items="tests.testapp.sections.latest_notices",
            )
        ]
        profile_sections = [
            ProfileSection(
                key="urgent_notices",
                label=_("Urgent notices"),
                template="testapp/profile_section.html",
                items="tests.testapp.sections.urgent_notices_of",
            )
        ]
        search_facets = [SearchFacet(key="urgency", label=_("Urgency"), field="urgency")]
        admin_url_rules = {"testapp/notices/": "any admin user: a list of public notices"}
        admin_menu_items = [AdminMenuEntry(name="notices", label=_("Notices"), url_name="testapp_notices")]
        personal_data = [
            PersonalDataSource(
                key="notice_subscriptions",
                label=_("Notice subscriptions"),
                export="tests.testapp.personal_data.export",
                erase="tests.testapp.personal_data.erase",
                purge_expired="tests.testapp.personal_data.purge_expired",
            )
        ]
        demo_builder = "tests.testapp.demo.build"
        scale_builder = "tests.testapp.demo.build_scale"
