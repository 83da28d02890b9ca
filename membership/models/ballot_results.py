"""The public page of the network's decisions: every closed ballot's results (counts, turnout, whether quorum was
reached), never who chose what."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from hub.models.plugin_pages import PluginPage
from membership.models.join_page import RICH_TEXT

RESULTS_SHOWN = 30


class BallotResultsPage(PluginPage, Page):
    """One per site, under the home page: the results of the ballots on policy once they have closed."""

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("ballot results page")

    def get_context(self, request, *args, **kwargs):
        from membership.ballot_results import closed_ballot_results

        context = super().get_context(request, *args, **kwargs)
        context["ballots"] = closed_ballot_results(RESULTS_SHOWN)
        return context
