"""The admin form every page type uses: it refuses images and documents the editor may not choose, and offers
themes, regions and communities in the language of the page.

Wagtail's choosers only list what an editor may choose, but a page form accepts any id sent to
it, so a member editor could otherwise put another member's private media into their own page.

Taxonomy terms are translatable snippets, one row per language: left alone, a page's checkboxes would list every
term in every language, the same theme many times over, and take whichever the editor happened to tick.
"""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.documents.models import AbstractDocument
from wagtail.documents.permissions import permission_policy as document_permission_policy
from wagtail.images.models import AbstractImage
from wagtail.images.permissions import permission_policy as image_permission_policy
from wagtail.models import Locale

from hub.models.taxonomy import TaxonomyTerm


def media_in(value):
    """Every image and document in a field value, however deeply a StreamField nests it."""
    if isinstance(value, AbstractImage | AbstractDocument):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from media_in(child.value)
    elif isinstance(value, StructValue):
        for child in value.values():
            yield from media_in(child)
    elif isinstance(value, ListValue | list | tuple):
        for child in value:
            yield from media_in(child)


def may_choose(user, item):
    policy = image_permission_policy if isinstance(item, AbstractImage) else document_permission_policy
    return policy.user_has_permission_for_instance(user, "choose", item)


class MediaPermissionPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        for name, value in cleaned_data.items():
            already_there = set(media_in(getattr(self.instance, name, None)))
            for item in media_in(value):
                # Media already on the page (put there by the network team, say) stays allowed. Anything
                # else the choosers never offered is a forged request: refused outright, so that a
                # re-rendered form cannot show the item either.
                if item not in already_there and not may_choose(self.for_user, item):
                    raise PermissionDenied(_("This uses an image or document you do not have access to."))
        return cleaned_data


class PageLanguageTermsField(forms.ModelMultipleChoiceField):
    """Terms offered in the page's language; a term of another language (a stale form, a forged post) is refused
    by name rather than as 'not one of the available choices'."""

    def clean(self, value):
        try:
            return super().clean(value)
        except ValidationError as error:
            if error.code != "invalid_choice":
                raise
            term = self.queryset.model.objects.filter(pk=error.params["value"]).select_related("locale").first()
            if term is None:
                raise
            raise ValidationError(
                _(
                    "“%(term)s” is a term in %(language)s, not in this page's language. Choose it from the list, "
                    "which shows each term in the page's language."
                ),
                code="other_language",
                params={"term": term.name, "language": get_language_info(term.locale.language_code)["name_translated"]},
            ) from error


class HubPageForm(MediaPermissionPageForm):
    """Each taxonomy field lists every term once, in the page's language (see TaxonomyTerm.for_locale), and
    shows the terms already chosen in that language too: a translation copies its source's terms."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self.instance.locale_id
        if locale is None:
            return
        default = Locale.get_default()
        for name, field in list(self.fields.items()):
            if isinstance(field, forms.ModelMultipleChoiceField) and issubclass(field.queryset.model, TaxonomyTerm):
                terms = field.queryset.model.for_locale(locale, default)
                self.fields[name] = PageLanguageTermsField(
                    queryset=terms,
                    widget=field.widget,
                    required=field.required,
                    label=field.label,
                    help_text=field.help_text,
                    disabled=field.disabled,
                )
                chosen = self.initial.get(name)
                if chosen:
                    keys = {term.translation_key for term in chosen}
                    self.initial[name] = list(terms.filter(translation_key__in=keys))
