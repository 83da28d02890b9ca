"""Factories for tests and for plugins' tests: the core's taxonomy and member organisations."""

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
