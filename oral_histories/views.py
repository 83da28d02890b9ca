"""The public's ways into an interview beyond its page: its recording, and the form asking to hear it.
Both are the interview page's routes (InterviewPage's `recording/` and `request-access/`); consent decides
through oral_histories.access."""

from django.db import transaction
from django.http import Http404
from django.shortcuts import render
from wagtail.log_actions import log

from hub.private_media import serve_private_file
from oral_histories.access import may_listen
from oral_histories.forms import AccessRequestForm
from oral_histories.models import InterviewPage
from oral_histories.notifications import notify_network_editors

# --- The recording ----------------------------------------------------------------------------------


def serve_recording(interview, request):
    """The recording file, for those who may listen, with byte ranges so that players can seek."""
    if not may_listen(interview, request) or interview.recording is None or not interview.recording.file:
        raise Http404
    return serve_private_file(interview.recording.file, request)


# --- Requests for access -------------------------------------------------------------------------


def request_access(interview, request):
    if interview.consent_scope != InterviewPage.Scope.ON_REQUEST or not interview.cleared_for_web:
        raise Http404
    if request.method != "POST":
        form = AccessRequestForm()
        return render(request, "oral_histories/request_access.html", {"page": interview, "form": form})
    form = AccessRequestForm(request.POST)
    if not form.is_valid():
        context = {"page": interview, "form": form}
        return render(request, "oral_histories/request_access.html", context, status=400)
    access_request = form.save(commit=False)
    access_request.interview = interview
    with transaction.atomic():  # the network editors' emails are queued with the request, or neither is kept
        access_request.save()
        log(instance=interview, action="oral_histories.access_requested", data={"request": access_request.pk})
        notify_network_editors(access_request)
    return render(request, "oral_histories/request_received.html", {"page": interview})
