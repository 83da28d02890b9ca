"""The newsletter page (one per language, where people subscribe) and the subscriptions themselves."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models.functions import Coalesce, Now
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.locks import BaseLock
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from hub.models.plugin_pages import PluginPage
from hub.public_forms import public_form


class NewsletterPage(PluginPage, RoutablePageMixin, Page):
    """The newsletter's page in one language: what it is, the form to subscribe, and the routes its emails'
    signed links lead to (confirm, manage, unsubscribe)."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("newsletter page")

    @path("")
    def front(self, request):
        from newsletter.views import front

        return front(request, self)

    @path("subscribe/", name="subscribe")
    @public_form
    def subscribe(self, request):
        from newsletter.views import subscribe

        return subscribe(request, self)

    @path("sent/", name="sent")
    def sent(self, request):
        from newsletter.views import sent

        return sent(request, self)

    @path("issues/", name="archive")
    def archive(self, request):
        from newsletter.views import archive

        return archive(request, self)

    @path("issues/<int:issue_id>/", name="issue")
    def issue(self, request, issue_id):
        from newsletter.views import issue

        return issue(request, self, issue_id)

    @path("confirm/<str:token>/", name="confirm")
    def confirm(self, request, token):
        from newsletter.views import confirm

        return confirm(request, self, token)

    @path("manage/<str:token>/", name="manage")
    def manage(self, request, token):
        from newsletter.views import manage

        return manage(request, self, token)

    @path("unsubscribe/<str:token>/", name="unsubscribe")
    def unsubscribe(self, request, token):
        from newsletter.views import unsubscribe

        return unsubscribe(request, self, token)

    # Mail programs post RFC 8058's one-click unsubscribe from no page of ours (no Origin, no token): the signed
    # link is all the authority it needs.
    unsubscribe.csrf_exempt = True

    @path("bounces/", name="bounces")
    def bounces(self, request):
        from newsletter.views import bounces

        return bounces(request)

    # A mail provider's webhook: its secret, not a form's token, is its authority (newsletter.bounces).
    bounces.csrf_exempt = True


class Subscription(models.Model):
    """One address's subscription: its newsletter language and interests, pending until the emailed link is
    followed, then confirmed until its holder leaves."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email"), unique=True)
    language = models.CharField(_("language of the newsletter"), max_length=12)
    themes = models.ManyToManyField("hub.Theme", verbose_name=_("themes"), blank=True, related_name="+")
    regions = models.ManyToManyField("hub.Region", verbose_name=_("regions"), blank=True, related_name="+")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    requested_at = models.DateTimeField(_("requested"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    alerts = models.BooleanField(
        _("email me as soon as a policy opportunity on my themes or regions is published"), default=False
    )
    # When the last alert was sent (newsletter.alerts): at most one a day.
    last_alert_at = models.DateTimeField(_("last alert"), null=True, blank=True)
    # Set when the address was unsubscribed because mail to it bounced for good (newsletter_bounces).
    bounced_at = models.DateTimeField(_("bounced"), null=True, blank=True)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        ordering = ["email"]

    def __str__(self):
        return self.email


class SentIssueLock(BaseLock):
    """An issue being sent, or sent, is what its subscribers received: nobody changes it any more."""

    def for_user(self, user):
        return True

    def get_message(self, user):
        return _("This issue has been sent: it can no longer be changed.")

    def get_description(self, user):
        return self.get_message(user)


class Issue(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, models.Model):
    """One issue of the newsletter in one language: an introduction and its items, sent once approved, at its
    scheduled time, to that language's confirmed subscribers (newsletter.sending).

    A Wagtail snippet approved through its workflow (newsletter.setup): the workflow's approval publishes it,
    and publishing is what approves it for sending. `status` is the sending's own record, kept out of the
    revisions: reverting to an old revision never makes a sent issue a draft again."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        APPROVED = "approved", _("Approved")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")

    language = models.CharField(_("language"), max_length=12)
    subject = models.CharField(_("subject"), max_length=255)
    introduction = models.TextField(_("introduction"), blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    scheduled_for = models.DateTimeField(
        _("scheduled for"), null=True, blank=True, help_text=_("Empty: as soon as it is approved.")
    )
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    # Drafted by newsletter.drafting, an issue is live only once its workflow has approved it.
    live = models.BooleanField(verbose_name=_("live"), default=False, editable=False)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="newsletter_issue")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="newsletter_issue",
        for_concrete_model=False,
    )

    preview_modes = [("", _("Web page")), ("email", _("Email")), ("text", _("Plain text email"))]

    class Meta:
        verbose_name = _("issue")
        verbose_name_plural = _("issues")
        ordering = ["-created_at"]

    def __str__(self):
        return self.subject

    @property
    def revisions(self):
        return self._revisions

    def get_latest_revision(self):
        # Asked of the database, not of the instance: resuming a workflow from the edit view asks an instance
        # loaded before the edit's own revision, and the task would review the revision before it.
        return self.revisions.order_by("-created_at", "-pk").first()

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        obj.status, obj.sent_at = self.status, self.sent_at
        return obj

    def publish(self, revision, *args, **kwargs):
        """Publishing, at the end of the workflow, approves a draft for sending at its time (now, if none)."""
        result = super().publish(revision, *args, **kwargs)
        Issue.objects.filter(pk=self.pk, status=self.Status.DRAFT, live=True).update(
            status=self.Status.APPROVED, scheduled_for=Coalesce("scheduled_for", Now())
        )
        return result

    def unpublish(self, *args, **kwargs):
        """Unpublishing an approved issue not yet sent makes it a draft again: it is not sent."""
        result = super().unpublish(*args, **kwargs)
        Issue.objects.filter(pk=self.pk, status=self.Status.APPROVED, live=False).update(status=self.Status.DRAFT)
        return result

    def get_lock(self):
        if self.status in (self.Status.SENDING, self.Status.SENT):
            return SentIssueLock(self)
        return super().get_lock()

    def serve_preview(self, request, mode_name):
        from newsletter.previews import serve_preview

        return serve_preview(request, self, mode_name)


class IssueItem(models.Model):
    """What an issue lists: a page published since the last one, with its title, summary and address."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField(default=0)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    url = models.URLField(_("address"), max_length=500)
    # The translation keys of the page's themes and regions (the same in every language): a subscriber with
    # interests gets the items on them first (newsletter.sending).
    interests = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["position", "pk"]


class Delivery(models.Model):
    """One issue to one subscriber: made before anything is sent, marked sent once the mail server took it, so
    that a send that stops half way, however it stops, carries on with those still waiting and nobody else."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="deliveries")
    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.WAITING)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["issue", "subscription"], name="newsletter_one_delivery_per_subscriber")
        ]
