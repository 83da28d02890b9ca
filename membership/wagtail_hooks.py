from django.http import Http404
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import ObjectList
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.spreadsheets import SafeSpreadsheetExportMixin
from membership import teams, urls
from membership.forms import MembershipForm
from membership.models import Ballot, Membership, TeamPage


@hooks.register("register_admin_urls")
def register_membership_admin_urls():
    return [path("membership/", include(urls))]


# Ahead of Wagtail's view restriction checks, which would send visitors to a login page and so confirm that a
# team exists: whoever does not sit on a team gets a 404 for its page and its documents.
@hooks.register("before_serve_page", order=-10)
def hide_teams_from_non_members(page, request, serve_args, serve_kwargs):
    if isinstance(page, TeamPage):
        teams.refuse_unless_member(page, request)


@hooks.register("before_serve_document", order=-10)
def hide_team_documents_from_non_members(document, request):
    if teams.is_team_collection(document.collection_id) and not all(
        restriction.accept_request(request) for restriction in document.collection.get_view_restrictions()
    ):
        raise Http404


@hooks.register("register_log_actions")
def register_membership_log_actions(actions):
    actions.register_action("membership.application.submit", _("Application sent"), _("Application sent"))
    actions.register_action("membership.application.approve", _("Application approved"), _("Application approved"))
    actions.register_action("membership.application.decline", _("Application declined"), _("Application declined"))
    actions.register_action("membership.application.ask", _("More information asked"), _("More information asked"))
    actions.register_action("membership.vote", _("Vote cast"), _("Vote cast"))
    actions.register_action("membership.lapse", _("Membership lapsed"), _("Membership lapsed"))
    actions.register_action("membership.associate", _("Became associate"), _("Became associate after the grace period"))


class MembershipFilterSet(WagtailFilterSet):
    class Meta:
        model = Membership
        fields = ["level", "status"]


EXPORT_COLUMNS = {
    "organisation": _("Organisation"),
    "get_level_display": _("Level"),
    "get_status_display": _("Status"),
    "fee_band": _("Fee band"),
    "renewal_date": _("Renewal date"),
    "regions_text": _("Regions"),
    "contacts_text": _("Contact people"),
}


class RegisterIndexView(SafeSpreadsheetExportMixin, IndexView):
    """The register's listing, exported as what people typed stays text (hub.spreadsheets)."""


class MembershipViewSet(ModelViewSet):
    """The register of members for the network team: every organisation's level, fee band, status, renewal date,
    regions and contact people, with filters, a CSV/XLSX export, payments and the history of changes."""

    index_view_class = RegisterIndexView
    list_export = list(EXPORT_COLUMNS)
    export_headings = EXPORT_COLUMNS
    export_filename = "member-register"

    model = Membership
    icon = "group"
    menu_label = _("Memberships")
    add_to_admin_menu = False
    url_prefix = "membership/memberships"
    name = "membership_memberships"
    filterset_class = MembershipFilterSet
    list_display = ["organisation", "level", "status", "renewal_date", "fee_band"]
    copy_view_enabled = False

    @property
    def edit_handler(self):
        return ObjectList(Membership.panels, base_form_class=MembershipForm)

    def get_queryset(self, request):
        return Membership.objects.select_related("organisation").prefetch_related("organisation__regions", "contacts")


@hooks.register("register_admin_viewset")
def register_membership_viewset():
    return MembershipViewSet()


class BallotViewSet(SnippetViewSet):
    """Where network editors open ballots (and translate them, as any translatable snippet)."""

    model = Ballot
    icon = "tasks"
    add_to_admin_menu = False
    list_display = ["question", "opens_at", "closes_at"]


register_snippet(BallotViewSet)
