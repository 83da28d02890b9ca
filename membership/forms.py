from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from hub.models import Region
from hub.personal_data import normalise_email
from membership.models import Application
from membership.models.applications import Level


class ApplicationForm(forms.ModelForm):
    """What an organisation sends to join. `website_address` is a honeypot: hidden from people, filled in by bots."""

    level = forms.ChoiceField(
        label=_("Which membership do you apply for?"),
        choices=Level.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "Full members pay a fee set by their size and income, and vote on policy. Associate membership is free."
        ),
    )
    regions = forms.ModelMultipleChoiceField(
        label=_("Regions you work in"),
        queryset=Region.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    agrees_with_mission = forms.BooleanField(
        label=_("We agree with the network's mission statement."),
        error_messages={"required": _("Only organisations that agree with the mission statement can join.")},
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    website_address = forms.CharField(label=_("Leave this field empty"), required=False)

    class Meta:
        model = Application
        fields = [
            "organisation_name",
            "about",
            "regions",
            "website",
            "charity_number",
            "year_founded",
            "level",
            "income_band",
            "size_band",
            "contact_name",
            "contact_role",
            "contact_email",
            "contact_phone",
            "agrees_with_mission",
        ]
        widgets = {"about": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "income_band": _("Full members only: with your staff, it sets your fee band."),
            "size_band": _("Full members only."),
            "contact_email": _("We write to you at this address about your application."),
        }

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        regions = Region.objects.order_by("name")
        in_language = regions.filter(locale=locale) if locale is not None else regions.none()
        # A language the regions are not translated into yet offers them in the default language.
        self.fields["regions"].queryset = (
            in_language if in_language.exists() else regions.filter(locale__pk=Locale.get_default().pk)
        )
        self.fields["year_founded"].min_value = 1800
        for name in ("income_band", "size_band"):
            self.fields[name].widget = forms.RadioSelect(choices=self.fields[name].choices[1:])

    def clean_contact_email(self):
        return normalise_email(self.cleaned_data["contact_email"])

    def clean_organisation_name(self):
        return " ".join(self.cleaned_data["organisation_name"].split())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("level") == Level.FULL:
            for name in ("income_band", "size_band"):
                if not cleaned.get(name):
                    self.add_error(name, _("Full members tell us this: it sets the membership fee."))
        return cleaned

    def is_bot(self):
        return bool(self.data.get("website_address"))


class DecisionForm(forms.Form):
    """A network editor's message with a decline or a request for more information: it is emailed as written."""

    message = forms.CharField(
        label=_("Message to the applicant"), widget=forms.Textarea(attrs={"rows": 5}), max_length=4000
    )


class MembershipForm(WagtailAdminModelForm):
    """A membership's edit form: each payment the network team records renews the membership for a year."""

    def save(self, commit=True):
        payments = self.formsets["payments"]
        new_payments = [form.cleaned_data for form in payments.forms if form.has_changed() and not form.instance.pk]
        for payment in new_payments:
            if payment and not payment.get("DELETE"):
                self.instance.payment_recorded(payment["paid_on"])
        return super().save(commit=commit)


class TeamNoteForm(forms.Form):
    """A note a team member writes in the team's workspace."""

    text = forms.CharField(label=_("Your note"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000)
