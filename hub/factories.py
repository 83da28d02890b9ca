"""Factories for tests and for plugins' tests: the core's taxonomy, member organisations, and the page factory
that every plugin's page factories build on (plain modules: importable without pytest fixtures)."""

import factory
import wagtail_factories
from wagtail.models import Locale

from hub.models import Community, MemberOrganisationPage, Region, Theme


class TermFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.Sequence(lambda n: f"term-{n}")
    locale = factory.LazyFunction(Locale.get_default)


class ThemeFactory(TermFactory):
    class Meta:
        model = Theme


class RegionFactory(TermFactory):
    class Meta:
        model = Region


class CommunityFactory(TermFactory):
    class Meta:
        model = Community


class MemberOrganisationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Member organisation {n}")
    slug = factory.Sequence(lambda n: f"member-organisation-{n}")
    mission = "Community support and campaigning."
    live = True

    class Meta:
        model = MemberOrganisationPage


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page saved as an editor saves it under `parent`: a revision, published unless made with `live=False`.

    The slug is left to Wagtail (from the title, Unicode kept, unique among its siblings), as in the editor.
    Parental many-to-many fields (themes, regions, languages) are passed as lists: the page saves them.
    Plugins' page factories subclass this one."""

    slug = ""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        page = super()._create(model_class, *args, **kwargs)
        revision = page.save_revision()
        if page.live:
            revision.publish()
        page.refresh_from_db()
        return page
