"""The public's request to hear an interview cleared "on request", and the network team's decision on it."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hub.personal_data import normalise_email
from oral_histories.models import AccessRequest


class AccessRequestForm(forms.ModelForm):
    class Meta:
        model = AccessRequest
        fields = ["name", "email", "organisation", "intended_use"]
        widgets = {"intended_use": forms.Textarea(attrs={"rows": 4})}

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("decline", _("Decline"))])
    note = forms.CharField(label=_("note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
