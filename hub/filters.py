"""The public listings' filters, on django-filter: a plain GET form over the pages a listing shows.

Filter links are shared, bookmarked and edited by hand, so a value the form does not know (an old theme, a
typo) is reported on the page by the form's errors and left out of the filtering, never an error page. The
choices a visitor sees depend on the request (terms in the visitor's language) and on the listing (only the
languages and years its pages have), so filters build them when the form is made, once per request.
"""

import datetime
from functools import reduce
from operator import or_

import django_filters
from django.db.models import Q
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from hub.locale_data import native_digits
from hub.marked_options import MarkedSelect
from hub.models import Language, MemberOrganisationPage
from hub.plugins import plugin_registry
from hub.text_languages import TextInLanguage, with_text_language
from hub.visibility import public

ANY = _("Any")
THE_NETWORK = _("The network")
NETWORK = "network"


class ChoiceFilter(django_filters.ChoiceFilter):
    """A choice among known values, "Any" first. A filter whose choices depend on the request or the listing
    returns them from `choices_for`."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("empty_label", ANY)
        kwargs.setdefault("widget", MarkedSelect)
        super().__init__(*args, **kwargs)

    def choices_for(self, filterset):
        return None

    @property
    def field(self):
        if not hasattr(self, "_field"):
            choices = self.choices_for(self.parent)
            if choices is not None:
                self.extra["choices"] = choices
        return super().field


class TermFilter(ChoiceFilter):
    """A theme, region or community by its slug, named in the visitor's language; `relation` is the listed
    pages' many-to-many field to the terms."""

    def __init__(self, relation, **kwargs):
        self.relation = relation
        super().__init__(field_name=f"{relation}__slug", **kwargs)

    def choices_for(self, filterset):
        terms = filterset.queryset.model._meta.get_field(self.relation).related_model
        return [(term.slug, term.name) for term in terms.in_active_language()]


class LanguageFilter(ChoiceFilter):
    """A language by its code, among the languages of the listed pages only."""

    def __init__(self, relation="languages", **kwargs):
        self.relation = relation
        super().__init__(field_name=f"{relation}__code", **kwargs)

    def choices_for(self, filterset):
        languages = Language.objects.filter(pk__in=filterset.queryset.values(self.relation))
        return [(language.code, str(language)) for language in languages]


class DatePeriodFilter(ChoiceFilter):
    """A year or a month ("2026", "2026-03") in which listed pages fall, offered only when some do."""

    FORMATS = {"year": ("%Y", "Y"), "month": ("%Y-%m", "YEAR_MONTH_FORMAT")}

    def __init__(self, field_name, period, *, order="ASC", **kwargs):
        self.period, self.order = period, order
        super().__init__(field_name=field_name, **kwargs)

    def choices_for(self, filterset):
        return self.choices_of(filterset.queryset.dates(self.field_name, self.period, order=self.order))

    def choices_of(self, days):
        value_format, label_format = self.FORMATS[self.period]
        # The value goes in the address in ASCII digits; the label is read, in the language's own.
        return [(day.strftime(value_format), native_digits(formats.date_format(day, label_format))) for day in days]

    def filter(self, qs, value):
        if not value:
            return qs
        day = datetime.datetime.strptime(value, self.FORMATS[self.period][0])
        lookups = {f"{self.field_name}__year": day.year}
        if self.period == "month":
            lookups[f"{self.field_name}__month"] = day.month
        return qs.filter(**lookups)


class PublisherFilter(ChoiceFilter):
    """Who publishes (organises, leads) a page: the network itself, or one member organisation by its slug.

    `network` says which pages are the network's own; `members` names the relations to the member
    organisations a page counts as its publishers (an event's organiser and its co-organisers)."""

    def __init__(self, *, network=None, members=("organisation",), network_label=THE_NETWORK, **kwargs):
        # network_label: a label, or a function giving it for this request (hub.site_names.network_name)
        self.network = Q(organisation__isnull=True) if network is None else network
        self.members, self.network_label = members, network_label
        super().__init__(**kwargs)

    def choices_for(self, filterset):
        members = public(MemberOrganisationPage.objects.live()).filter(locale=filterset.locale).order_by("title")
        members = with_text_language(members.only("slug", "title"))
        network_label = self.network_label() if callable(self.network_label) else self.network_label
        return [(NETWORK, network_label)] + [
            (member.slug, TextInLanguage(member.title, member.text_language)) for member in members
        ]

    def filter(self, qs, value):
        if value == NETWORK:
            return qs.filter(self.network)
        if value:
            return qs.filter(reduce(or_, (Q(**{f"{relation}__slug": value}) for relation in self.members)))
        return qs


class ArrangingFilter(ChoiceFilter):
    """Which part of the list to show and in which order (newest or oldest first; upcoming or past events):
    applied after the filters that narrow the list, and not one of them. `arrangements` maps each value to its
    label and a function of the queryset; the first is the default."""

    def __init__(self, arrangements, **kwargs):
        self.arrangements = arrangements
        choices = [(value, label) for value, (label, _arrange) in arrangements.items()]
        super().__init__(choices=choices, empty_label=None, **kwargs)

    def filter(self, qs, value):
        return qs  # see arrange

    def arrange(self, qs, value):
        _label, arrange = self.arrangements.get(value) or next(iter(self.arrangements.values()))
        return arrange(qs)


class ListingFilterSet(django_filters.FilterSet):
    """A public listing's filters, bound to the query string, over the pages of one language's listing."""

    def __init__(self, data, queryset, *, request, locale):
        super().__init__(data, queryset, request=request)
        self.locale = locale

    def filter_queryset(self, queryset):
        narrowed = super().filter_queryset(queryset)
        # A page with two matching themes would be listed twice: filter by ids rather than DISTINCT.
        listed = queryset.filter(pk__in=narrowed.values("pk"))
        for name, filter_ in self.filters.items():
            if isinstance(filter_, ArrangingFilter):
                listed = filter_.arrange(listed, self.form.cleaned_data.get(name))
        return listed

    def active_filters(self):
        """(label, chosen value) for each filter narrowing the list."""
        form = self.form
        form.is_valid()
        return [
            (form.fields[name].label, dict(form.fields[name].choices).get(value))
            for name, value in form.cleaned_data.items()
            if value and not isinstance(self.filters[name], ArrangingFilter)
        ]


class DirectoryFilterSet(ListingFilterSet):
    """The member directory's filters."""

    region = TermFilter("regions", label=_("Region"))
    theme = TermFilter("themes", label=_("Theme"))
    community = TermFilter("communities", label=_("Community"))
    language = LanguageFilter(label=_("Language spoken"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Filters by what plugins keep about members (a membership level…), declared in their HubPluginMeta.
        for entry in plugin_registry.directory_filters():
            added = entry.make()
            added.model, added.parent = self.queryset.model, self
            self.filters[entry.key] = added
