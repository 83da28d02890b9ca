"""Who may hear an interview: consent decides, a signed link opens one "on request", withdrawal closes it.

Everything the public reaches of an interview — its page, its recording, its request form — passes
through here, so one rule governs all of them.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.http import Http404
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import PageViewRestriction
from wagtail.search import index

from hub.absolute_urls import page_url
from hub.mail import queue_with_submission
from hub.roles import NETWORK_EDITORS
from oral_histories import conf
from oral_histories.models import AccessRequest, InterviewPage

TOKEN_SALT = "resources.oral-history-access"


# --- Signed links --------------------------------------------------------------------------------


def access_token(access_request):
    return signing.dumps(
        {"request": access_request.pk, "interview": access_request.interview.translation_key.hex}, salt=TOKEN_SALT
    )


def granted_request(interview, token):
    """The approved request a link was signed for, if it is genuine, unexpired and for this interview."""
    if not token:
        return None
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=conf.access_days() * 86400)
    except signing.BadSignature:  # also SignatureExpired
        return None
    if not isinstance(data, dict) or data.get("interview") != interview.translation_key.hex:
        return None
    return AccessRequest.objects.filter(pk=data.get("request"), status=AccessRequest.Status.APPROVED).first()


def may_listen(interview, request):
    """The recording and transcript: public ones for everyone, "on request" ones with a valid link."""
    if not interview.cleared_for_web:
        return False
    if interview.consent_scope == InterviewPage.Scope.PUBLIC:
        return True
    return granted_request(interview, request.GET.get("access")) is not None


def refuse_unless_cleared(page, request):
    """404 for every public path of an interview not cleared for the web (never a login page that would
    confirm it exists)."""
    if isinstance(page, InterviewPage) and not page.cleared_for_web:
        raise Http404


# --- The page -------------------------------------------------------------------------------------


def matching_segments(entries, query, include_transcript):
    words = query.casefold().split()
    found = []
    for entry in entries:
        text = " ".join([entry["title"], entry["synopsis"], " ".join(entry["keywords"])])
        if include_transcript:
            text += " " + entry["partial_transcript"]
        if all(word in text.casefold() for word in words):
            found.append(entry)
    return found


def listening_context(interview, request):
    listening = may_listen(interview, request)
    token = request.GET.get("access", "") if listening else ""
    entries = interview.segment_entries()
    query = request.GET.get("q", "").strip()[:200]
    recording_url = ""
    if listening and interview.recording_id:
        recording_url = interview.url + interview.reverse_subpage("recording_file")
        if token and interview.consent_scope != InterviewPage.Scope.PUBLIC:
            recording_url += "?" + signing_query(token)
    return {
        "listening": listening,
        "access_token": token,
        "recording_url": recording_url,
        "recording_kind": getattr(interview.recording, "type", "audio") if recording_url else "",
        "entries": entries,
        "query": query,
        "matches": matching_segments(entries, query, listening) if query else None,
        "request_url": (
            interview.url + interview.reverse_subpage("request_access")
            if not listening and interview.consent_scope == InterviewPage.Scope.ON_REQUEST
            else ""
        ),
    }


def signing_query(token):
    from django.utils.http import urlencode

    return urlencode({"access": token})


# --- Decisions on requests ---------------------------------------------------------------------


def decide(access_request, user, approve, note=""):
    """Record the decision and queue the email telling the person, in one transaction; True if it was queued."""
    with transaction.atomic():
        access_request.status = AccessRequest.Status.APPROVED if approve else AccessRequest.Status.DECLINED
        access_request.decided_at = timezone.now()
        access_request.decided_by = user
        access_request.decision_note = note
        access_request.save()
        log(
            instance=access_request.interview,
            action="oral_histories.access_approved" if approve else "oral_histories.access_declined",
            user=user,
            data={"request": access_request.pk},
        )
        interview = access_request.interview
        context = {
            "access_request": access_request,
            "interview": interview,
            "days": conf.access_days(),
            "link": page_url(interview) + "?" + signing_query(access_token(access_request)) if approve else "",
        }
        template = "approved" if approve else "declined"
        return queue_with_submission(
            lambda: send_mail(
                subject=(_("Your access to “%(title)s”") if approve else _("Your request for “%(title)s”"))
                % {"title": interview.title},
                message=render_to_string(f"oral_histories/emails/{template}.txt", context),
                from_email=None,
                recipient_list=[access_request.email],
            ),
            f"the decision on access request {access_request.pk}",
        )


# --- What the public may find -----------------------------------------------------------------------


def network_editors():
    return Group.objects.get(name=NETWORK_EDITORS)


def sync_view_restrictions(interview):
    """Interviews not cleared for the web carry a view restriction to the network team in every language,
    so that `hub.visibility.public()` — what every listing and the search use — leaves them out."""
    versions = list(InterviewPage.objects.filter(translation_key=interview.translation_key))
    hidden = [page for page in versions if not page.cleared_for_web]
    shown = [page for page in versions if page.cleared_for_web]
    PageViewRestriction.objects.filter(page__in=shown, restriction_type=PageViewRestriction.GROUPS).delete()
    for page in hidden:
        if not PageViewRestriction.objects.filter(page=page).exists():
            restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
            restriction.groups.set([network_editors()])


def lift_ended_embargoes():
    """Interviews whose embargo ended become public (run daily); returns how many."""
    restricted = InterviewPage.objects.filter(
        InterviewPage.cleared_for_web_q(), pk__in=PageViewRestriction.objects.values("page_id")
    )
    keys = set(restricted.values_list("translation_key", flat=True))
    for key in keys:
        sync_view_restrictions(InterviewPage.objects.filter(translation_key=key).first())
    return len(keys)


# --- Withdrawal -------------------------------------------------------------------------------------


def withdraw(interview, user):
    """The narrator withdrew consent: take the interview down in every language at once, out of search and
    caches, its recording unreachable, and say so in the audit log. Returns the pages unpublished."""
    now = timezone.now()
    with transaction.atomic():
        versions = list(InterviewPage.objects.filter(translation_key=interview.translation_key).order_by("pk"))
        InterviewPage.objects.filter(translation_key=interview.translation_key).update(
            consent_withdrawn=True, consent_withdrawn_at=now
        )
        unpublished = []
        for page in versions:
            page.refresh_from_db()  # unpublishing a source has unpublished its aliases already
            if page.live:
                # Wagtail's own unpublish: its signals reach the caches that listen to them.
                page.unpublish(user=user, log_action=True)
                unpublished.append(page)
        sync_view_restrictions(interview)
        for page in versions:
            log(instance=page, action="oral_histories.withdraw_interview", user=user)
    for page in versions:
        index.remove_object(page)
    purge_frontend_caches(versions)
    return unpublished


def purge_frontend_caches(pages):
    """Wagtail's frontend cache (a CDN or caching proxy), when the site configures one: the pages and their
    recordings' addresses."""
    from django.apps import apps

    if not apps.is_installed("wagtail.contrib.frontend_cache") or not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache, purge_urls_from_cache

    purge_pages_from_cache(pages)
    urls = [page_url(page) + page.reverse_subpage("recording_file") for page in pages if page_url(page)]
    purge_urls_from_cache(urls)
