from django import forms
from django.utils.translation import gettext_lazy as _

from hub.forms import ListingFilterForm, term_choices
from hub.models import MemberOrganisationPage, Region, Theme
from hub.personal_data import normalise_email
from hub.visibility import public

NETWORK = "network"


class CampaignFilterForm(ListingFilterForm):
    """Filters for the campaign listing; the order (active and core first) stays the listing's own."""

    theme = forms.ChoiceField(label=_("Theme"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    organisation = forms.ChoiceField(label=_("Led by"), required=False)

    lookups = {"theme": "themes__slug", "region": "regions__slug"}

    def __init__(self, data, *, request, locale):
        super().__init__(data)
        self.fields["theme"].choices = term_choices(request, Theme)
        self.fields["region"].choices = term_choices(request, Region)
        members = public(MemberOrganisationPage.objects.live()).filter(locale=locale).order_by("title")
        self.fields["organisation"].choices = [("", _("Any")), (NETWORK, _("The network"))] + [
            (member.slug, member.title) for member in members.only("slug", "title")
        ]

    def filter(self, campaigns):
        if not self.is_bound:
            return campaigns
        matching = self.matching(campaigns)
        organisation = self.cleaned_data.get("organisation")
        if organisation == NETWORK:
            matching = matching.filter(organisation__isnull=True)
        elif organisation:
            matching = matching.filter(organisation__slug=organisation)
        # A campaign with two matching themes would be listed twice: filter by ids rather than DISTINCT.
        return campaigns.filter(pk__in=matching.values("pk"))


class OpportunityFilterForm(ListingFilterForm):
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)

    lookups = {"theme": "themes__slug", "region": "regions__slug"}

    def __init__(self, data, *, request):
        super().__init__(data)
        self.fields["theme"].choices = term_choices(request, Theme)
        self.fields["region"].choices = term_choices(request, Region)

    def filter(self, opportunities):
        if not self.is_bound:
            return opportunities
        return opportunities.filter(pk__in=self.matching(opportunities).values("pk"))


class PledgeForm(forms.Form):
    """The pledge a visitor signs. `website` is a honeypot: hidden from people, filled in by bots."""

    name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(
        label=_("Your email"), help_text=_("We send you a confirmation with a link to withdraw your pledge.")
    )
    postcode = forms.CharField(label=_("Postcode (optional)"), max_length=10, required=False)
    organisation_name = forms.CharField(label=_("Organisation (optional)"), max_length=200, required=False)
    may_contact = forms.BooleanField(
        label=_("You may contact me again about this campaign."),
        required=False,
        help_text=_("Optional. Without it we only send the confirmation of your pledge."),
    )
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])

    def clean_postcode(self):
        return " ".join(self.cleaned_data["postcode"].split()).upper()

    def is_bot(self):
        return bool(self.data.get("website"))


class SupportRequestForm(forms.Form):
    """A member editor asks for their organisation to join another member's (or the network's) campaign."""

    organisation = forms.ModelChoiceField(label=_("Your organisation"), queryset=MemberOrganisationPage.objects.none())
    campaign = forms.ModelChoiceField(label=_("Campaign to support"), queryset=None)

    def __init__(self, *args, organisations, campaigns, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["campaign"].queryset = campaigns

    def clean(self):
        cleaned = super().clean()
        organisation, campaign = cleaned.get("organisation"), cleaned.get("campaign")
        if organisation and campaign and campaign.organisation_id == organisation.pk:
            raise forms.ValidationError(_("Your organisation leads this campaign already."))
        return cleaned
