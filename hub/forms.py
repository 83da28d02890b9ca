from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from hub.models import Region
from hub.onboarding import MAX_NAME_LENGTH


class OnboardingForm(forms.Form):
    name = forms.CharField(label=_("Organisation name"), max_length=MAX_NAME_LENGTH)
    editor_email = forms.EmailField(label=_("First editor's email"))
    editor_name = forms.CharField(label=_("First editor's name"), max_length=150, required=False)
    regions = forms.ModelMultipleChoiceField(
        label=_("Regions"),
        queryset=Region.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    trusted_publisher = forms.BooleanField(
        label=_("Trusted publisher"),
        required=False,
        help_text=_("Its editors publish without network review: a trust the network grants, whatever the membership."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["regions"].queryset = Region.objects.filter(locale=Locale.get_default())
