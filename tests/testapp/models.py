from django.db import models
from wagtail.models import Page

from hub.models.plugin_pages import PluginPage
from hub.models.workflow_tasks import ConsentRecord


class NoticeIndexPage(PluginPage, Page):
    parent_page_types = ["home.HomePage"]


class NoticePage(PluginPage, Page):
    """What member organisations may create in their space when the plugin is enabled."""

    parent_page_types = ["hub.MemberOrganisationPage"]

    urgency = models.CharField(max_length=20, default="normal")


class NetworkNoticePage(PluginPage, Page):
    """Only the network creates these: they live under the home page or the plugin's index."""

    parent_page_types = ["home.HomePage", "testapp.NoticeIndexPage"]


class StoryPage(PluginPage, Page):
    """A member page whose content needs the narrator's consent: it opts in to the consent check."""

    parent_page_types = ["hub.MemberOrganisationPage"]

    class NameShown(models.TextChoices):
        REAL = "real", "Real name"
        PSEUDONYM = "pseudonym", "Pseudonym"
        ANONYMOUS = "anonymous", "Anonymous"

    name_shown = models.CharField(max_length=20, choices=NameShown.choices, blank=True)
    consent_form_signed = models.BooleanField(default=False)
    public_until = models.DateField(null=True, blank=True)

    content_panels = [*Page.content_panels, "name_shown", "consent_form_signed", "public_until"]

    def consent_record(self):
        missing = []
        if not self.consent_form_signed:
            missing.append("The narrator has not signed the consent form.")
        if not self.name_shown:
            missing.append("Under which name the narrator appears is not recorded.")
        return ConsentRecord(
            summary=[
                ("Consent form signed", "yes" if self.consent_form_signed else "no"),
                ("Name shown", self.get_name_shown_display()),
                ("Public until", self.public_until or "no end date"),
            ],
            missing=missing,
        )


class NoticeSubscription(models.Model):
    """Personal data the test plugin keeps, to prove the personal data hook reaches every plugin."""

    notice = models.ForeignKey(NoticePage, on_delete=models.CASCADE, related_name="subscriptions")
    email = models.EmailField()
    created_at = models.DateTimeField(auto_now_add=True)


class PetitionPage(PluginPage, Page):
    """A public page with a POST form and its CSRF token, like a pledge or an event registration: it proves
    that forms keep working beside the anonymous page cache (see hub.caching)."""

    parent_page_types = ["home.HomePage", "testapp.NoticeIndexPage"]

    def serve(self, request, *args, **kwargs):
        from django import forms
        from django.template.response import TemplateResponse

        class SignatureForm(forms.Form):
            name = forms.CharField(max_length=100)

        form = SignatureForm(request.POST or None)
        signed = request.method == "POST" and form.is_valid()
        context = {**self.get_context(request), "form": form, "signed": signed}
        return TemplateResponse(request, "testapp/petition_page.html", context)
