"""The admin's "Campaigns and coalitions" page: asking to support a campaign, answering such requests, and
listing and exporting a campaign's pledges. Every view checks who asks; nothing relies on the menu hiding a link."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from campaigns.forms import SupportRequestForm
from campaigns.models import CampaignPage, CampaignSupport, Pledge
from campaigns.permissions import may_manage, organisation_keys
from hub.dashboard import member_spaces
from hub.roles import is_network_editor
from hub.spreadsheets import SafeSpreadsheetExportMixin, column_export


def manageable_campaigns(user):
    campaigns = CampaignPage.objects.filter(locale=Locale.get_default()).select_related("organisation")
    if is_network_editor(user):
        return campaigns
    return campaigns.filter(organisation__translation_key__in=organisation_keys(user))


def support_form(user, data=None):
    return SupportRequestForm(
        data,
        organisations=member_spaces(user).filter(locale=Locale.get_default()),
        campaigns=CampaignPage.objects.live().filter(locale=Locale.get_default(), status=CampaignPage.Status.ACTIVE),
    )


def index(request):
    form = support_form(request.user)
    if request.method == "POST":
        form = support_form(request.user, request.POST)
        if form.is_valid():
            _support, created = CampaignSupport.objects.get_or_create(
                campaign=form.cleaned_data["campaign"],
                organisation=form.cleaned_data["organisation"],
                defaults={"requested_by": request.user},
            )
            if created:
                messages.success(request, _("Your request has been sent to the campaign's lead organisation."))
            else:
                messages.warning(request, _("Your organisation has already asked to support this campaign."))
            return redirect("campaigns_admin")
    campaigns = list(manageable_campaigns(request.user).order_by("title"))
    counts = {campaign.translation_key: 0 for campaign in campaigns}
    for key in Pledge.objects.filter(campaign_key__in=counts).values_list("campaign_key", flat=True):
        counts[key] += 1
    for campaign in campaigns:
        campaign.pledges_held = counts[campaign.translation_key]
    supports = CampaignSupport.objects.select_related("campaign", "organisation")
    return TemplateResponse(
        request,
        "campaigns/admin/index.html",
        {
            "form": form,
            "may_request": form.fields["organisation"].queryset.exists(),
            "to_decide": supports.filter(status=CampaignSupport.Status.PENDING, campaign__in=campaigns),
            "my_requests": supports.filter(organisation__translation_key__in=organisation_keys(request.user)).order_by(
                "-requested_at"
            ),
            "campaigns": campaigns,
        },
    )


@require_POST
def decide(request, pk):
    support = get_object_or_404(CampaignSupport.objects.select_related("campaign__organisation"), pk=pk)
    if not may_manage(request.user, support.campaign):
        raise PermissionDenied
    accept = request.POST.get("decision") == "accept"
    if not support.decide(request.user, accept):
        messages.error(
            request,
            _("The request of %(organisation)s has already been answered: %(status)s.")
            % {"organisation": support.organisation.title, "status": support.get_status_display()},
        )
    elif accept:
        messages.success(
            request, _("%(organisation)s now supports the campaign.") % {"organisation": support.organisation.title}
        )
    else:
        messages.success(
            request, _("The request of %(organisation)s was declined.") % {"organisation": support.organisation.title}
        )
    return redirect("campaigns_admin")


class PledgeFilterSet(WagtailFilterSet):
    class Meta:
        model = Pledge
        fields = ["may_contact"]


class PledgesView(SafeSpreadsheetExportMixin, ReportView):
    """A campaign's pledges in every language, with their CSV and XLSX exports, for those running it."""

    header_icon = "list-ul"
    index_url_name = "campaigns_pledges"
    index_results_url_name = "campaigns_pledges_results"
    filterset_class = PledgeFilterSet
    no_results_message = gettext_lazy("Nobody has pledged yet.")
    columns = [
        Column("name", label=gettext_lazy("Name")),
        Column("email", label=gettext_lazy("Email")),
        Column("postcode", label=gettext_lazy("Postcode")),
        Column("organisation_name", label=gettext_lazy("Organisation")),
        BooleanColumn("may_contact", label=gettext_lazy("May be contacted again")),
        DateColumn("created_at", label=gettext_lazy("Pledged at")),
        Column("campaign.locale.language_code", label=gettext_lazy("Language")),
    ]
    list_export, export_headings = column_export(columns)

    def dispatch(self, request, *args, **kwargs):
        self.campaign = get_object_or_404(CampaignPage.objects.select_related("organisation"), pk=kwargs["pk"])
        if not may_manage(request.user, self.campaign):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Pledges: %(campaign)s") % {"campaign": self.campaign.title}

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.campaign.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.campaign.pk])

    def get_filename(self):
        return f"pledges-{slugify(self.campaign.title)[:50]}-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        pledges = Pledge.objects.filter(campaign_key=self.campaign.translation_key)
        return pledges.select_related("campaign__locale").order_by("created_at")

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        row["may_contact"] = _("yes") if item.may_contact else _("no")
        row["created_at"] = item.created_at.isoformat(timespec="seconds")
        return row
