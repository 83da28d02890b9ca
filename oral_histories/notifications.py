"""The network team is told when someone asks to hear an interview "on request".

Wagtail's notifier does the sending, as for the editorial workflow: each network editor gets the email in
their own admin language and may opt out with the same preference as for pages submitted for review;
`hub.notifications.safe` makes a mail server failure a log line, never a lost request.
"""

from django.urls import reverse
from wagtail.admin import mail

from hub.absolute_urls import absolute_url
from hub.notifications import safe
from hub.roles import network_editors
from oral_histories.models import AccessRequest


class AccessRequestNotifier(mail.EmailNotificationMixin, mail.Notifier):
    """A request waiting for a decision: which interview, and where the network team decides.

    The requester's details stay out of the email, in the admin, where the personal data tools can export
    and erase them."""

    notification = "submitted"
    template_directory = "oral_histories/emails/"

    def __init__(self):
        super().__init__((AccessRequest,))

    def get_recipient_users(self, access_request, **kwargs):
        return network_editors()

    def get_context(self, access_request, **kwargs):
        context = super().get_context(access_request, **kwargs)
        context["interview"] = access_request.interview
        context["requests_url"] = absolute_url(reverse("oral_histories_access_requests"))
        return context


notify_network_editors = safe(AccessRequestNotifier)
