"""The newsletter page (one per language, where people subscribe) and the subscriptions themselves."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

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

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        ordering = ["email"]

    def __str__(self):
        return self.email
