from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from hub.models import Community, Language, MemberOrganisationPage, Region, Theme
from hub.onboarding import MAX_NAME_LENGTH
from hub.taxonomy import terms_for_request


def term_choices(request, model):
    return [("", _("Any"))] + [(term.slug, term.name) for term in terms_for_request(request, model)]


class ListingFilterForm(forms.Form):
    """A public listing's filters, as a plain GET form: each field named in `lookups` narrows the list to its
    value. Unknown values are reported and ignored, never an error page."""

    lookups = {}
    not_filters = ()  # fields that order the list rather than narrow it

    def matching(self, queryset):
        self.is_valid()
        for name, lookup in self.lookups.items():
            value = self.cleaned_data.get(name)
            if value:
                queryset = queryset.filter(**{lookup: value})
        return queryset

    def active_filters(self):
        """(label, chosen value) for each filter in use."""
        return [
            (self.fields[name].label, dict(self.fields[name].choices).get(value))
            for name, value in (self.cleaned_data.items() if self.is_bound else [])
            if value and name not in self.not_filters
        ]


class DirectoryFilterForm(ListingFilterForm):
    """Filters for the member directory."""

    region = forms.ChoiceField(label=_("Region"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    community = forms.ChoiceField(label=_("Community"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)
    tier = forms.ChoiceField(
        label=_("Membership"),
        required=False,
        choices=[("", _("Any")), *MemberOrganisationPage.Tier.choices],
    )

    lookups = {
        "region": "regions__slug",
        "theme": "themes__slug",
        "community": "communities__slug",
        "language": "languages__code",
        "tier": "membership_tier",
    }

    def __init__(self, data, *, request):
        super().__init__(data)
        self.fields["region"].choices = term_choices(request, Region)
        self.fields["theme"].choices = term_choices(request, Theme)
        self.fields["community"].choices = term_choices(request, Community)
        spoken = Language.objects.filter(memberorganisationpage__live=True).distinct()
        self.fields["language"].choices = [("", _("Any"))] + [(language.code, str(language)) for language in spoken]

    def filter(self, members):
        return self.matching(members).distinct() if self.is_bound else members


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
    membership_tier = forms.ChoiceField(label=_("Membership tier"), choices=MemberOrganisationPage.Tier.choices)
    trusted_publisher = forms.BooleanField(
        label=_("Trusted publisher"),
        required=False,
        help_text=_("Associate members only: their editors publish without network review."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["regions"].queryset = Region.objects.filter(locale=Locale.get_default())
