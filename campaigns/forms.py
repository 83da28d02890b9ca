from django import forms
from django.utils.translation import gettext_lazy as _

from hub.models import MemberOrganisationPage
from hub.personal_data import normalise_email


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
