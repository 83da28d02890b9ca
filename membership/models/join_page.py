"""The public "Join the network" page: what membership means, the mission statement, and the form to apply."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from hub.models.plugin_pages import PluginPage
from hub.public_forms import public_form

RICH_TEXT = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class JoinPage(PluginPage, RoutablePageMixin, Page):
    """One per site, under the home page: organisations apply here to become full or associate members."""

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT)
    levels = RichTextField(
        _("the two levels of membership"),
        blank=True,
        features=RICH_TEXT,
        help_text=_("What full and associate membership mean, and what full membership costs."),
    )
    mission_statement = RichTextField(
        _("mission statement"),
        features=RICH_TEXT,
        help_text=_("Every applicant agrees with this text."),
    )
    thanks = models.TextField(
        _("thank-you message"),
        blank=True,
        help_text=_("Shown once an application is sent. Empty: a standard message."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("levels"),
        FieldPanel("mission_statement"),
        FieldPanel("thanks"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("introduction"), index.SearchField("mission_statement")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("join the network page")

    def get_context(self, request, *args, **kwargs):
        from membership.forms import ApplicationForm

        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", ApplicationForm(locale=self.locale))
        context["apply_url"] = self.url + self.reverse_subpage("apply")
        return context

    @path("")
    def join(self, request):
        return self.render(request)

    @path("apply/")
    @public_form
    def apply(self, request):
        from membership.views import apply

        return apply(request, self)

    @path("thanks/")
    def applied(self, request):
        return self.render(request, template="membership/applied.html")
