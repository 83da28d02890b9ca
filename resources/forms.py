from django import forms
from django.utils.translation import gettext_lazy as _

from hub.forms import ListingFilterForm, term_choices
from hub.models import Language, MemberOrganisationPage, Region, Theme
from hub.visibility import public
from resources.models import ResourcePage

NETWORK = "network"


class LibraryFilterForm(ListingFilterForm):
    """Filters and order for the library."""

    SORTS = {
        "newest": ("-publication_date", "title"),
        "oldest": ("publication_date", "title"),
        "title": ("title",),
    }

    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("Any")), *ResourcePage.Kind.choices])
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    organisation = forms.ChoiceField(label=_("Published by"), required=False)
    year = forms.ChoiceField(label=_("Year"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("newest", _("Newest first")), ("oldest", _("Oldest first")), ("title", _("Title"))],
    )

    lookups = {
        "kind": "kind",
        "theme": "themes__slug",
        "region": "regions__slug",
        "language": "languages__code",
        "year": "publication_date__year",
    }
    not_filters = ("sort",)

    def __init__(self, data, *, request, locale):
        super().__init__(data)
        self.fields["theme"].choices = term_choices(request, Theme)
        self.fields["region"].choices = term_choices(request, Region)
        published = ResourcePage.objects.live().filter(locale=locale)
        languages = Language.objects.filter(resourcepage__in=published).distinct()
        self.fields["language"].choices = [("", _("Any"))] + [(language.code, str(language)) for language in languages]
        members = public(MemberOrganisationPage.objects.live()).filter(locale=locale).order_by("title")
        self.fields["organisation"].choices = [("", _("Any")), (NETWORK, _("The network"))] + [
            (member.slug, member.title) for member in members.only("slug", "title")
        ]
        years = published.dates("publication_date", "year", order="DESC")
        self.fields["year"].choices = [("", _("Any"))] + [(str(day.year), str(day.year)) for day in years]

    def filter(self, resources):
        if not self.is_bound:
            return resources.order_by(*self.SORTS["newest"])
        matching = self.matching(resources)
        organisation = self.cleaned_data.get("organisation")
        if organisation == NETWORK:
            matching = matching.filter(organisation__isnull=True, external_publisher="")
        elif organisation:
            matching = matching.filter(organisation__slug=organisation)
        # A resource with two matching themes would be listed twice: filter by ids rather than DISTINCT.
        return resources.filter(pk__in=matching.values("pk")).order_by(
            *self.SORTS[self.cleaned_data.get("sort") or "newest"]
        )
