from django import forms
from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from hub.personal_data import normalise_email


class CommentForm(forms.Form):
    """A visitor's comment. `website` is a honeypot: hidden from people, filled in by bots."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=80,
        help_text=_("Shown with your comment. A first name or a pseudonym is fine."),
    )
    email = forms.EmailField(
        label=_("Your email (optional)"),
        required=False,
        help_text=_("Never shown. Only for the organisation to answer you."),
    )
    text = forms.CharField(label=_("Your comment"), max_length=3000, widget=forms.Textarea(attrs={"rows": 5}))
    language = forms.ChoiceField(label=_("Language of your comment"), choices=())
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES
        ]
        if language:
            self.fields["language"].initial = language

    def clean_email(self):
        email = self.cleaned_data["email"]
        return normalise_email(email) if email else ""

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def is_bot(self):
        return bool(self.data.get("website"))


class ReplyForm(forms.Form):
    """A moderator's reply to a comment, shown under the organisation's name."""

    text = forms.CharField(label=_("Reply"), max_length=3000, widget=forms.Textarea(attrs={"rows": 3}))
