"""TaggedPage: the themes, regions and languages a page is tagged with, declared once for every page type.

Search facets rely on it by contract (search.facets asks only TaggedPage types, for the tags each one has), so a new
page type joins the facets by inheriting it, not by naming its fields the same by chance. Each page type keeps its
own tables: the fields are copied into it, as Django does with every abstract model's fields.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

TAGS = ("themes", "regions", "languages")


def checkboxes(name):
    """A many-to-many field as a list of checkboxes: few terms, all worth seeing at once."""
    return FieldPanel(name, widget=forms.CheckboxSelectMultiple)


class TaggedPage(Page):
    """A page tagged with themes, regions and the languages it is in or spoken in.

    A page type may say more about a tag (its own verbose name or help text, by declaring the field again) or drop
    languages where it has none (`languages = None`); `tags()` says which it has."""

    themes = ParentalManyToManyField("hub.Theme", verbose_name=_("themes"), blank=True)
    regions = ParentalManyToManyField("hub.Region", verbose_name=_("regions"), blank=True)
    languages = ParentalManyToManyField("hub.Language", verbose_name=_("languages"), blank=True)

    themes_and_regions_panel = MultiFieldPanel(
        [checkboxes("themes"), checkboxes("regions")], heading=_("Themes and regions")
    )
    tags_panel = MultiFieldPanel(
        [checkboxes("themes"), checkboxes("regions"), checkboxes("languages")],
        heading=_("Themes, regions and languages"),
    )
    search_fields = [
        *Page.search_fields,
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("regions", [index.SearchField("name")]),
    ]

    class Meta:
        abstract = True

    @classmethod
    def tags(cls):
        """The tags this page type has, of `TAGS`."""
        names = {field.name for field in cls._meta.get_fields()}
        return [name for name in TAGS if name in names]
