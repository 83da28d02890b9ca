"""Pages aliased into the other language trees in bulk are what Wagtail's own aliasing makes, one by one: the same
fields, child objects, links, member space, view restrictions and history, in a tree treebeard finds sound."""

import pytest
from wagtail.models import Locale, Page, PageLogEntry, PageViewRestriction
from wagtail_localize.models import LocaleSynchronization

from events.factories import EventPageFactory
from events.models import EventCoOrganiser
from home.factories import ContentPageFactory
from hub.published_aliases import withdraw_aliases_of_unpublished_pages
from hub.setup import synchronise_trees
from hub.tree_aliases import alias_into_every_language

pytestmark = pytest.mark.django_db

# Where each copy sits, and so differs between two copies in two trees.
PLACE = {"id", "page_ptr_id", "path", "locale_id", "url_path", "organisation_id"}


def in_locale(page, language_code):
    return page.get_translation(Locale.objects.get(language_code=language_code)).specific


def described(alias):
    """What a reader or an editor can tell of an alias, apart from where it sits."""
    model = type(alias)
    restriction = PageViewRestriction.objects.filter(page=alias).values_list("restriction_type", "password")
    history = PageLogEntry.objects.filter(page=alias).order_by("pk")
    return {
        "fields": {f.attname: getattr(alias, f.attname) for f in model._meta.concrete_fields if f.attname not in PLACE},
        "co-organisers": [(c.organisation_id, c.sort_order) for c in alias.co_organisers.order_by("sort_order")],
        "themes": set(alias.themes.all()),
        "regions": set(alias.regions.all()),
        "member space": alias.organisation.translation_key,
        "restriction": list(restriction),
        "history": [(entry.action, entry.data.get("source", {}).get("id")) for entry in history],
        "children": alias.numchild,
    }


def test_a_bulk_alias_is_what_wagtails_own_aliasing_makes(member_a, member_b, housing, london):
    event = EventPageFactory(parent=member_a.organisation, title="Question Time", themes=[housing], regions=[london])
    EventCoOrganiser.objects.create(page=event, organisation=member_b.organisation)
    PageViewRestriction.objects.create(page=event, restriction_type=PageViewRestriction.PASSWORD, password="tea")

    by_wagtail = event.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True, alias=True)
    made = synchronise_trees()

    in_arabic = in_locale(event, "ar")
    assert in_arabic in made and by_wagtail not in made
    assert described(in_arabic) == described(by_wagtail.specific)
    assert in_arabic.alias_of_id == event.pk and in_arabic.locale.language_code == "ar"
    # Its member space is the member's page in the Arabic tree, as the page's own save would find it.
    assert in_arabic.organisation == in_locale(member_a.organisation, "ar")
    assert in_arabic.url_path == in_locale(member_a.organisation, "ar").url_path + event.slug + "/"


def test_every_tree_is_complete_and_sound_and_a_second_pass_finds_nothing_to_do(home, member_a):
    page = ContentPageFactory(parent=home, title="About us", slug="about")
    ContentPageFactory(parent=page, title="Our history", slug="history")
    synchronise_trees()
    for locale in Locale.objects.exclude(pk=home.locale_id):
        about = Page.objects.get(translation_key=page.translation_key, locale=locale)
        assert about.get_children().count() == about.numchild == 1
    assert all(not problems for problems in Page.find_problems())
    assert synchronise_trees() == []


def test_a_slug_taken_in_the_other_tree_is_made_unique_as_wagtail_does(home):
    french_home = in_locale(home, "fr")
    ContentPageFactory(parent=french_home, title="Nous contacter", slug="contact")
    english = ContentPageFactory(parent=home, title="Contact us", slug="contact")
    synchronise_trees()
    assert in_locale(english, "fr").slug == "contact-1"
    assert in_locale(english, "ar").slug == "contact"


def test_one_page_is_aliased_with_its_missing_parents_into_free_slugs(home, django_assert_max_num_queries):
    about = ContentPageFactory(parent=home, title="About us", slug="about")
    history = ContentPageFactory(parent=about, title="Our history", slug="history")
    ContentPageFactory(parent=in_locale(home, "fr"), title="À propos", slug="about")

    with django_assert_max_num_queries(60 * (Locale.objects.count() - 1)):
        made = alias_into_every_language(history)

    # Its parent was in no other tree: it is aliased first, as Wagtail's copy_parents does.
    assert len(made) == 2 * (Locale.objects.count() - 1)
    french_about = in_locale(about, "fr")
    assert french_about.alias_of_id == about.pk and french_about.slug == "about-1"
    assert in_locale(history, "fr").get_parent().pk == french_about.pk
    assert in_locale(history, "ar").url_path == in_locale(home, "ar").url_path + "about/history/"
    assert all(not problems for problems in Page.find_problems())
    assert alias_into_every_language(history) == []


def test_a_never_published_page_and_the_pages_below_it_stay_in_their_own_tree(home):
    draft = ContentPageFactory(parent=home, title="Plans for spring", slug="spring", live=False)
    below = ContentPageFactory(parent=draft, title="Spring fair", slug="fair")
    once = ContentPageFactory(parent=home, title="Winter appeal", slug="winter")
    once.unpublish()  # published once: the public has seen it, and every tree keeps it
    synchronise_trees()
    assert Page.objects.filter(translation_key=draft.translation_key).count() == 1
    assert Page.objects.filter(translation_key=below.translation_key).count() == 1
    assert in_locale(once, "fr").alias_of_id == once.pk


def test_a_newly_synchronised_language_receives_the_published_pages_only(home):
    published = ContentPageFactory(parent=home, title="About us", slug="about")
    draft = ContentPageFactory(parent=home, title="Plans for spring", slug="spring", live=False)
    synchronise_trees()
    polish = Locale.objects.get(language_code="pl")
    LocaleSynchronization.objects.filter(locale=polish).delete()
    in_locale(home, "pl").delete()  # the Polish tree, as if Polish were new
    LocaleSynchronization.objects.create(locale=polish, sync_from=home.locale)
    assert in_locale(published, "pl").alias_of_id == published.pk
    assert not Page.objects.filter(translation_key=draft.translation_key, locale=polish).exists()


def test_drafts_aliased_before_the_hub_took_aliasing_over_are_withdrawn_until_published(home):
    draft = ContentPageFactory(parent=home, title="Plans for spring", slug="spring", live=False)
    below = ContentPageFactory(parent=draft, title="Spring fair", slug="fair")  # published, under a draft
    for code in ("fr", "ar"):  # as wagtail-localize did when the draft was made in the admin
        below.copy_for_translation(Locale.objects.get(language_code=code), copy_parents=True, alias=True)

    assert withdraw_aliases_of_unpublished_pages() == 0  # each is above a published page's alias, which stays
    assert Page.objects.filter(translation_key=draft.translation_key).count() == 3
    for code in ("fr", "ar"):
        assert in_locale(below, code).alias_of_id == below.pk

    other = ContentPageFactory(parent=home, title="Plans for summer", slug="summer", live=False)
    other.copy_for_translation(Locale.objects.get(language_code="fr"), alias=True)
    assert withdraw_aliases_of_unpublished_pages() == 1
    assert Page.objects.filter(translation_key=other.translation_key).count() == 1
    assert all(not problems for problems in Page.find_problems())

    other.save_revision().publish()
    assert Page.objects.filter(translation_key=other.translation_key).count() == Locale.objects.count()
