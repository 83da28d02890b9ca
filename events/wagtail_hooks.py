from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from events import admin_views
from events.access import may_see_registrants
from events.models import EventPage


@hooks.register("register_admin_urls")
def register_events_admin_urls():
    return [
        path("events/registrations/", admin_views.registrations_index, name="events_registrations_index"),
        path("events/<int:page_id>/registrations/", admin_views.registrations, name="events_registrations"),
        path("events/<int:page_id>/registrations.csv", admin_views.registrations_csv, name="events_registrations_csv"),
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
