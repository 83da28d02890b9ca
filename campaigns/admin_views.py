"""The admin's "Campaigns and coalitions" page: asking to support a campaign, answering such requests, and
exporting a campaign's pledges. Every view checks who asks; nothing relies on the menu hiding a link."""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from campaigns.forms import SupportRequestForm
from campaigns.models import CampaignPage, CampaignSupport, Pledge
from campaigns.permissions import may_manage, organisation_keys
from hub.dashboard import member_spaces
from hub.roles import is_network_editor
from hub.spreadsheets import formula_safe

# Cells a spreadsheet would run as a formula.


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


def export_pledges(request, pk):
    campaign = get_object_or_404(CampaignPage.objects.select_related("organisation"), pk=pk)
    if not may_manage(request.user, campaign):
        raise PermissionDenied
    filename = f"pledges-{slugify(campaign.title)[:50]}-{timezone.localdate():%Y-%m-%d}.csv"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Name"),
            _("Email"),
            _("Postcode"),
            _("Organisation"),
            _("May be contacted again"),
            _("Pledged at"),
            _("Language"),
        ]
    )
    pledges = Pledge.objects.filter(campaign_key=campaign.translation_key).select_related("campaign__locale")
    for pledge in pledges.order_by("created_at"):
        writer.writerow(
            [
                formula_safe(pledge.name),
                formula_safe(pledge.email),
                formula_safe(pledge.postcode),
                formula_safe(pledge.organisation_name),
                _("yes") if pledge.may_contact else _("no"),
                pledge.created_at.isoformat(timespec="seconds"),
                pledge.campaign.locale.language_code,
            ]
        )
    return response
