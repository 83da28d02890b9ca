from django import forms
from django.utils.translation import gettext_lazy as _

from events import conf
from events.models import Registration
from hub.models import Language
from hub.personal_data import normalise_email

DUPLICATE_MESSAGE = _(
    "This email address is already registered for this event. The confirmation email we sent has a link to cancel, "
    "should you need to."
)


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
