"""The admin's view of registrants: the events taking registrations, and a list per event with its CSV and XLSX
exports, for those allowed (events.access)."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from events import conf
from events.access import events_with_registrants_for, may_see_registrants
from events.models import EventPage, Registration
from hub.spreadsheets import SafeSpreadsheetExportMixin

EXPORT_COLUMNS = ["name", "email", "phone", "interpretation_language", "access_needs", "status", "created_at"]


class EventsTakingRegistrationsView(ReportView):
    """The events with registration whose registrants the user may see, soonest first."""

    page_title = _("Event registrations")
    header_icon = "group"
    index_url_name = "events_registrations_index"
    index_results_url_name = "events_registrations_index_results"
    no_results_message = _("No event you organise takes registrations.")
    columns = [
        TitleColumn("title", label=_("Event"), url_name="events_registrations"),
        Column("time_range", label=_("When")),
        Column("confirmed", label=_("Confirmed")),
        Column("waiting", label=_("Waiting list")),
        Column("capacity", label=_("Places")),
    ]

    def get_queryset(self):
        registrations_of = {
            status: Count("registrations", distinct=True, filter=Q(registrations__status=status))
            for status in (Registration.Status.CONFIRMED, Registration.Status.WAITING)
        }
        return (
            events_with_registrants_for(self.request.user)
            .exclude(registration=EventPage.RegistrationMode.OFF, registrations__isnull=True)
            .annotate(
                confirmed=registrations_of[Registration.Status.CONFIRMED],
                waiting=registrations_of[Registration.Status.WAITING],
            )
            .filter(end__gte=timezone.now() - datetime.timedelta(days=conf.retention_days()))
            .order_by("start")
        )


class RegistrationFilterSet(WagtailFilterSet):
    class Meta:
        model = Registration
        fields = ["status"]


class RegistrationsView(SafeSpreadsheetExportMixin, ReportView):
    """One event's registrants; another language's copy of the event leads to the same list, under the same rules."""

    header_icon = "group"
    index_url_name = "events_registrations"
    index_results_url_name = "events_registrations_results"
    filterset_class = RegistrationFilterSet
    no_results_message = _("Nobody has registered yet.")
    columns = [
        Column("name", label=_("Name")),
        Column("email", label=_("Email")),
        Column("phone", label=_("Phone")),
        Column("interpretation_language", label=_("Interpretation")),
        Column("access_needs", label=_("Access needs")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("created_at", label=_("Registered")),
    ]
    list_export = EXPORT_COLUMNS
    # Column names as the fields are named, for whoever merges the file into a mailing tool.
    export_headings = {column: column for column in EXPORT_COLUMNS}

    def dispatch(self, request, *args, **kwargs):
        self.event = get_object_or_404(EventPage, pk=kwargs["page_id"]).booking_event()
        if not may_see_registrants(request.user, self.event):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Registrations: %(event)s") % {"event": self.event.title}

    def get_page_subtitle(self):
        return self.event.time_range

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.event.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.event.pk])

    def get_filename(self):
        return f"registrations-{slugify(self.event.slug)[:50]}"

    def get_queryset(self):
        return self.event.registrations.select_related("interpretation_language")

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        row["interpretation_language"] = str(item.interpretation_language or "")
        row["status"] = item.get_status_display()
        row["created_at"] = timezone.localtime(item.created_at).isoformat(timespec="minutes")
        return row
