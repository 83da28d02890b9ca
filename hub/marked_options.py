"""Choice widgets whose options carry their own lang and dir where their label is in another language than the
page's: an organisation's name, a theme nobody has translated yet."""

from django import forms
from django.utils.translation import get_language

from hub.text_languages import is_right_to_left


def option_language(value, label):
    """The label's language where it knows it (hub.text_languages.TextInLanguage), else its model instance's."""
    known = getattr(label, "text_language", "")
    instance = getattr(value, "instance", None)
    if not known and instance is not None and getattr(instance, "locale_id", None):
        known = instance.locale.language_code
    return known


class MarkedOptionsMixin:
    def create_option(self, name, value, label, *args, **kwargs):
        option = super().create_option(name, value, label, *args, **kwargs)
        code = option_language(value, label)
        if code and code != get_language():
            option["attrs"].update(lang=code, dir="rtl" if is_right_to_left(code) else "ltr")
        return option


class MarkedSelect(MarkedOptionsMixin, forms.Select):
    pass


class MarkedCheckboxes(MarkedOptionsMixin, forms.CheckboxSelectMultiple):
    # The option's lang goes on its input; this template puts it on the label's text too, which is what is read.
    option_template_name = "hub/widgets/marked_input_option.html"
