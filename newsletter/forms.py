from django import forms
from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from hub.marked_options import MarkedCheckboxes
from hub.models import Region, Theme
from hub.personal_data import normalise_email


def language_choices():
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class PreferencesForm(forms.Form):
    """The newsletter's language and the themes and regions a subscriber is interested in."""

    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=())
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes you are interested in (optional)"),
        queryset=Theme.objects.select_related("locale").order_by("name"),
        required=False,
        widget=MarkedCheckboxes,
    )
    regions = forms.ModelMultipleChoiceField(
        label=_("Regions you are interested in (optional)"),
        queryset=Region.objects.select_related("locale").order_by("name"),
        required=False,
        widget=MarkedCheckboxes,
    )
    alerts = forms.BooleanField(
        label=_("Also email me, at most once a day, when a policy opportunity on my themes or regions is published"),
        required=False,
    )

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()
        if language:
            self.fields["language"].initial = language


class SubscribeForm(PreferencesForm):
    """A visitor's request to subscribe. `website` is a honeypot: hidden from people, filled in by bots."""

    email = forms.EmailField(label=_("Your email"))
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    field_order = ["email", "language", "themes", "regions", "alerts", "website"]

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])

    def is_bot(self):
        return bool(self.data.get("website"))


class FooterSubscribeForm(SubscribeForm):
    """The short form in every page's footer: email and language. Interests are chosen on the newsletter page and
    in the subscriber's preferences, so that a page no cache serves pays no query for them."""

    themes = None
    regions = None
    alerts = None
