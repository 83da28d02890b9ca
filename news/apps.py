from django.utils.translation import gettext_lazy as _

from hub.plugins import AdminMenuEntry, HomeSection, HubPluginConfig, PageSection, PersonalDataSource, ProfileSection


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
        page_sections = [PageSection(key="comments", template="news/comments.html", context="news.sections.comments")]
        # The rule guarding each admin URL (see hub.admin_url_rules).
        admin_url_rules = {
            "comments/": "news: only comments the user may moderate (news.commenting.moderated_by)",
            "comments/<int:pk>/approve/": "news: POST, a comment the user may moderate (news.commenting.moderated_by)",
            "comments/<int:pk>/reject/": "as comments/<int:pk>/approve/",
            "comments/<int:pk>/reply/": "as comments/<int:pk>/approve/",
            "comments/pages/<int:page_id>/close/": "news: POST, news.commenting.may_moderate_page on that page",
        }
        admin_menu_items = [
            AdminMenuEntry(
                name="news_comments",
                label=_("Comments"),
                url_name="news_comments",
                icon_name="comment",
                order=460,
                shown_to="hub.dashboard.member_or_network_editor",
            )
        ]
        personal_data = [
            PersonalDataSource(
                key="news_comments",
                label=_("Comments"),
                export="news.personal_data.export",
                erase="news.personal_data.erase",
                purge_expired="news.personal_data.purge_expired",
                collects=_(
                    "When you comment on news: your name, email address and comment; your name is shown with the comment, your address never."
                ),
                retention="news.personal_data.retention",
            )
        ]
        search_date_fields = {"news.NewsPage": "date"}
        demo_builder = "news.demo.build"
