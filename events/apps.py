from django.utils.translation import gettext_lazy as _

from hub.plugins import AdminMenuEntry, HomeSection, HubPluginConfig, PersonalDataSource


class EventsConfig(HubPluginConfig):
    """Community meetings, regional gatherings, trainings and the annual conference, with registration."""

    name = "events"
    label = "events"
    verbose_name = _("Events")

    class HubPluginMeta:
        name = _("Events")
        version = "0.1"
        compatibility = ">=0.1"
        order = 300
        description = _("Meetings, trainings and the annual conference, with registration and calendars.")
        member_page_types = ["events.EventPage"]
        network_page_types = ["events.EventPage"]
        index_page_type = "events.EventIndexPage"
        home_sections = [
            HomeSection(
                key="next_events",
                label=_("Next events"),
                template="events/home_section.html",
                items="events.sections.next_events",
            )
        ]
        regional_meetings = "events.sections.regional_meetings"
        personal_data = [
            PersonalDataSource(
                key="event_registrations",
                label=_("Event registrations"),
                export="events.personal_data.export",
                erase="events.personal_data.erase",
                purge_expired="events.personal_data.purge_expired",
                collects=_(
                    "When you register for an event: your name, email address, phone number if you give it, the interpretation you need and your access needs, so that the organisers can plan the event and tell you of changes."
                ),
                retention="events.personal_data.retention",
            )
        ]
        # The rule guarding each admin URL (see hub.admin_url_rules).
        admin_url_rules = {
            "events/registrations/": "events: only events whose registrants the user may see (events.access)",
            "events/registrations/results/": "as events/registrations/",
            "events/<int:page_id>/registrations/": (
                "events: events.access.may_see_registrants on that event; exports by hub.spreadsheets' rule"
            ),
            "events/<int:page_id>/registrations/results/": "as events/<int:page_id>/registrations/",
        }
        admin_menu_items = [
            AdminMenuEntry(
                name="event_registrations",
                label=_("Event registrations"),
                url_name="events_registrations_index",
                icon_name="group",
                order=350,
                shown_to="hub.dashboard.member_or_network_editor",
            )
        ]
        demo_builder = "events.demo.build"
