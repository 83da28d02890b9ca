from django.utils.translation import gettext_lazy as _

from hub.plugins import HomeSection, HubPluginConfig, ProfileSection


class NewsConfig(HubPluginConfig):
    """News from the network and from every member organisation, in each language."""

    name = "news"
    label = "news"
    verbose_name = _("News")

    class HubPluginMeta:
        name = _("News")
        version = "0.1"
        compatibility = ">=0.1"
        order = 50
        description = _("News from the network and its member organisations, with an Atom feed per language.")
        member_page_types = ["news.NewsPage"]
        network_page_types = ["news.NewsPage"]
        index_page_type = "news.NewsIndexPage"
        home_sections = [
            HomeSection(
                key="latest_news",
                label=_("Latest news"),
                template="news/home_section.html",
                items="news.sections.latest_news",
            )
        ]
        profile_sections = [
            ProfileSection(
                key="member_news",
                label=_("Our news"),
                template="news/profile_section.html",
                items="news.sections.news_of",
            )
        ]
        search_date_fields = {"news.NewsPage": "date"}
        demo_builder = "news.demo.build"
