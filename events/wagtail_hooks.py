from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from events.access import may_see_registrants
from events.admin_views import EventsTakingRegistrationsView, RegistrationsView
from events.models import EventPage


@hooks.register("register_admin_urls")
def register_events_admin_urls():
    return [
        path("events/registrations/", EventsTakingRegistrationsView.as_view(), name="events_registrations_index"),
        path(
            "events/registrations/results/",
            EventsTakingRegistrationsView.as_view(results_only=True),
            name="events_registrations_index_results",
        ),
        path("events/<int:page_id>/registrations/", RegistrationsView.as_view(), name="events_registrations"),
        path(
            "events/<int:page_id>/registrations/results/",
            RegistrationsView.as_view(results_only=True),
            name="events_registrations_results",
        ),
    ]


@hooks.register("register_page_header_buttons")
def registrations_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, EventPage) and page.specific_deferred.registration != "off":
        if may_see_registrants(user, page):
            yield Button(
                _("Registrations"),
                reverse("events_registrations", args=[page.pk]),
                icon_name="group",
                priority=40,
            )
