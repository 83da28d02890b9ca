"""The admin's view of registrants: a list per event and its CSV export, for those allowed (events.access)."""

import csv
import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from events import conf
from events.access import events_with_registrants_for, may_see_registrants
from events.models import EventPage, Registration
from hub.spreadsheets import formula_safe

CSV_COLUMNS = ["name", "email", "phone", "interpretation_language", "access_needs", "status", "created_at"]


def registrations_index(request):
    """The events with registration whose registrants the user may see, soonest first."""
    events = (
        events_with_registrants_for(request.user)
        .exclude(registration=EventPage.RegistrationMode.OFF, registrations__isnull=True)
        .annotate(
            confirmed=Count(
                "registrations", distinct=True, filter=Q(registrations__status=Registration.Status.CONFIRMED)
            ),
            waiting=Count("registrations", distinct=True, filter=Q(registrations__status=Registration.Status.WAITING)),
        )
        .filter(end__gte=timezone.now() - datetime.timedelta(days=conf.retention_days()))
        .order_by("start")
    )
    return TemplateResponse(
        request, "events/admin/registrations_index.html", {"events": events, "header_title": _("Event registrations")}
    )


def allowed_event(request, page_id):
    event = get_object_or_404(EventPage, pk=page_id).booking_event()
    if not may_see_registrants(request.user, event):
        raise PermissionDenied
    return event


def registrations(request, page_id):
    event = allowed_event(request, page_id)
    rows = event.registrations.select_related("interpretation_language")
    return TemplateResponse(
        request,
        "events/admin/registrations.html",
        {"event": event, "registrations": rows, "header_title": _("Registrations: %(event)s") % {"event": event.title}},
    )


def registrations_csv(request, page_id):
    event = allowed_event(request, page_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="registrations-{slugify(event.slug)[:50]}.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for registration in event.registrations.select_related("interpretation_language"):
        row = {
            "name": registration.name,
            "email": registration.email,
            "phone": registration.phone,
            "interpretation_language": registration.interpretation_language or "",
            "access_needs": registration.access_needs,
            "status": registration.get_status_display(),
            "created_at": timezone.localtime(registration.created_at).isoformat(timespec="minutes"),
        }
        writer.writerow([formula_safe(str(row[column])) for column in CSV_COLUMNS])
    return response
