from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from hub.plugins import AdminMenuEntry, HubPluginConfig, PersonalDataSource


class OralHistoriesConfig(HubPluginConfig):
    """Oral histories: members' memories projects and their recorded interviews, governed by the narrators'
    consent, with requests to hear the interviews cleared "on request"."""

    name = "oral_histories"
    label = "oral_histories"
    verbose_name = _("Oral histories")

    class HubPluginMeta:
        name = _("Oral histories")
        order = 200
        version = "0.1"
        compatibility = ">=0.1"
        description = _("Oral history projects and their interviews, shown as their narrators consented.")
        member_page_types = ["oral_histories.OralHistoryProjectPage", "oral_histories.InterviewPage"]
        network_page_types = member_page_types
        # The rule guarding each admin URL (see hub.admin_url_rules).
        admin_url_rules = {
            "oral-histories/requests/": "oral_histories: oral_histories.change_accessrequest (network editors)",
            "oral-histories/requests/results/": "oral_histories: oral_histories.change_accessrequest (network editors)",
            "oral-histories/requests/<int:pk>/decide/": "oral_histories: POST, oral_histories.change_accessrequest",
            "oral-histories/withdraw/<int:page_id>/": (
                "oral_histories: oral_histories.withdraw_interviewpage and edit permission"
            ),
        }
        admin_menu_items = [
            AdminMenuEntry(
                name="oral_history_access_requests",
                label=_("Oral history requests"),
                url_name="oral_histories_access_requests",
                icon_name="media",
                permission="oral_histories.change_accessrequest",
            )
        ]
        personal_data = [
            PersonalDataSource(
                key="oral_history_access_requests",
                label=_("Requests to hear oral histories"),
                export="oral_histories.personal_data.export",
                erase="oral_histories.personal_data.erase",
                purge_expired="oral_histories.personal_data.purge_expired",
                collects=_(
                    "When you ask to hear an oral history: your name, email address, organisation and what you mean to use it for, so that the narrator's wishes can be respected."
                ),
                retention="oral_histories.personal_data.retention",
            )
        ]
        demo_builder = "oral_histories.demo.build"

    def ready(self):
        from oral_histories.setup import ensure_oral_history_setup
        from oral_histories.signals import connect_oral_history_signals

        post_migrate.connect(ensure_oral_history_setup, sender=self)
        connect_oral_history_signals()
