import datetime

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from events import conf
from events.models import EventPage, Registration
from hub.forms import ListingFilterForm, term_choices
from hub.models import Language, MemberOrganisationPage, Region
from hub.personal_data import normalise_email
from hub.visibility import public

NETWORK = "network"
UPCOMING, PAST = "upcoming", "past"
DUPLICATE_MESSAGE = _(
    "This email address is already registered for this event. The confirmation email we sent has a link to cancel, "
    "should you need to."
)


def month_choices(events):
    """'2026-03' → 'March 2026', for the months in which these events start."""
    months = events.dates("start", "month", order="ASC")
    return [("", _("Any"))] + [(day.strftime("%Y-%m"), formats.date_format(day, "YEAR_MONTH_FORMAT")) for day in months]


class EventFilterForm(ListingFilterForm):
    """The listing's filters; they narrow the list, the month view and the calendar feed alike."""

    when = forms.ChoiceField(
        label=_("When"),
        required=False,
        choices=[(UPCOMING, _("Upcoming events")), (PAST, _("Past events"))],
    )
    event_type = forms.ChoiceField(
        label=_("Type of event"), required=False, choices=[("", _("Any")), *EventPage.EventType.choices]
    )
    region = forms.ChoiceField(label=_("Region"), required=False)
    organiser = forms.ChoiceField(label=_("Organised by"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)
    month = forms.ChoiceField(label=_("Month"), required=False)

    lookups = {"event_type": "event_type", "region": "regions__slug", "language": "languages__code"}
    not_filters = ("when",)

    def __init__(self, data, *, request, locale):
        super().__init__(data)
        self.fields["region"].choices = term_choices(request, Region)
        published = EventPage.objects.live().filter(locale=locale)
        languages = Language.objects.filter(events__in=published).distinct()
        self.fields["language"].choices = [("", _("Any"))] + [(language.code, str(language)) for language in languages]
        members = public(MemberOrganisationPage.objects.live()).filter(locale=locale).order_by("title")
        self.fields["organiser"].choices = [("", _("Any")), (NETWORK, settings.WAGTAIL_SITE_NAME)] + [
            (member.slug, member.title) for member in members.only("slug", "title")
        ]
        self.fields["month"].choices = month_choices(published)

    @property
    def past(self):
        return self.is_valid() and self.cleaned_data.get("when") == PAST

    def filter(self, events, *, by_time=True):
        """Events matching the filters: upcoming (soonest first) or past (latest first) unless `by_time` is off
        (the month view shows a whole month, past days included)."""
        matching = self.matching(events) if self.is_bound else events
        if self.is_bound:
            organiser = self.cleaned_data.get("organiser")
            if organiser == NETWORK:
                matching = matching.filter(Q(organisation__isnull=True) | Q(network_co_organises=True))
            elif organiser:
                matching = matching.filter(
                    Q(organisation__slug=organiser) | Q(co_organisers__organisation__slug=organiser)
                )
            month = self.cleaned_data.get("month")
            if month:
                year, number = (int(part) for part in month.split("-"))
                matching = matching.filter(start__year=year, start__month=number)
        # Two matching regions would list an event twice: filter by ids rather than DISTINCT.
        events = events.filter(pk__in=matching.values("pk"))
        if not by_time:
            return events.order_by("start", "pk")
        now = timezone.now()
        if self.past:
            return events.filter(end__lt=now).order_by("-start", "pk")
        return events.filter(end__gte=now).order_by("start", "pk")


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(
        label=_("Your email address"), help_text=_("We send your confirmation and a link to cancel here.")
    )
    phone = forms.CharField(
        label=_("Phone number (optional)"),
        max_length=40,
        required=False,
        help_text=_("Only if you would like the organisers to call you about the event."),
    )
    interpretation_language = forms.ModelChoiceField(
        label=_("Interpretation you need"),
        queryset=Language.objects.none(),
        required=False,
        empty_label=_("None"),
    )
    access_needs = forms.CharField(
        label=_("Access needs (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Anything the organisers should arrange so that you can take part."),
    )
    consent = forms.BooleanField(label="")

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.fields["interpretation_language"].queryset = event.interpretation_languages.all()
        if not event.interpretation_languages.exists():
            del self.fields["interpretation_language"]
        self.fields["consent"].label = _(
            "I agree that the organisers keep these details to run this event. They are deleted %(days)d days "
            "after it, or sooner if I ask."
        ) % {"days": conf.retention_days()}
        self.fields["consent"].error_messages["required"] = _("Please agree so that we can keep your registration.")

    def clean_email(self):
        email = normalise_email(self.cleaned_data["email"])
        if Registration.objects.filter(event=self.event.booking_event(), email=email).exists():
            raise forms.ValidationError(DUPLICATE_MESSAGE, code="duplicate")
        return email


def month_start(value):
    """The first day of a 'YYYY-MM' month, or None when it is not one."""
    try:
        return datetime.datetime.strptime(value or "", "%Y-%m").date()
    except ValueError:
        return None
