"""Public views of a campaign page's routes: taking a pledge and withdrawing it."""

from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from campaigns.forms import PledgeForm
from campaigns.pledging import pledge_from_token, rate_limited, save_pledge


def render_with_form(request, campaign, form, status):
    response = campaign.render(request, context_overrides={"pledge_form": form})
    response.status_code = status
    return response


def pledge(request, campaign):
    if request.method != "POST":
        return redirect(campaign.url + "#pledge")
    form = PledgeForm(request.POST)
    if not campaign.takes_pledges:
        form.add_error(None, _("This campaign no longer takes pledges."))
        return render_with_form(request, campaign, form, 400)
    if form.is_bot():
        # Said plainly, in case a person's browser filled the hidden field in for them.
        form.add_error(None, _("Your pledge could not be taken. Please leave the last field empty and try again."))
        return render_with_form(request, campaign, form, 400)
    if not form.is_valid():
        return render_with_form(request, campaign, form, 400)
    # Counted after validation: a visitor correcting a typo is not held back by their own mistakes.
    if rate_limited(request):
        form.add_error(None, _("Too many pledges have come from your connection. Please try again in an hour."))
        return render_with_form(request, campaign, form, 429)
    saved = save_pledge(request, campaign, form.cleaned_data)
    if saved is None:
        form.add_error("email", _("This email address has already pledged to this campaign. Thank you!"))
        return render_with_form(request, campaign, form, 409)
    return redirect(campaign.url + campaign.reverse_subpage("pledged"))


def withdraw(request, campaign, token):
    found = pledge_from_token(token)
    if found is None:
        response = campaign.render(request, template="campaigns/withdraw.html", context_overrides={"invalid": True})
        response.status_code = 400
        return response
    if request.method == "POST":
        found.delete()
        campaign.pledges_changed()
        return campaign.render(request, template="campaigns/withdraw.html", context_overrides={"withdrawn": True})
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])
    return campaign.render(request, template="campaigns/withdraw.html", context_overrides={"pledge": found})
