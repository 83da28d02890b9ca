"""Anonymous pages come from the page cache, editors see fresh pages, and every change to a page purges
exactly what shows it, in every language."""

import pytest
from django.core.cache import caches
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale

from hub.setup import synchronise_trees
from resources.factories import ResourcePageFactory
from tests.support.pages import anonymous_get
from tests.support.search import result_titles, search_url
from tests.support.translations import translate_into
from tests.testapp.models import NoticePage

pytestmark = pytest.mark.django_db


def cached(url):
    """Read the page twice as a visitor; the second answer must come from the cache."""
    first = anonymous_get(url)
    second = anonymous_get(url)
    assert second["X-Wagtail-Cache"] == "hit", url
    assert first.status_code == second.status_code
    return second.content.decode()


@pytest.fixture
def resource(library, member_a):
    resource = ResourcePageFactory(parent=member_a.organisation, title="Renting guide")
    synchronise_trees()
    return resource


def showing(resource, library, home, language="en"):
    locale = Locale.objects.get(language_code=language)
    return [
        resource.get_translation(locale).url,
        library.get_translation(locale).url,
        library.get_translation(locale).url + "?kind=report",
        resource.get_parent().get_translation(locale).url,
        home.get_translation(locale).url,
    ]


def test_visitors_get_cached_pages_with_public_headers(resource):
    response = anonymous_get(resource.url)
    assert response["X-Wagtail-Cache"] == "miss"
    assert "public" in response["Cache-Control"] and "s-maxage" in response["Cache-Control"]
    again = anonymous_get(resource.url)
    assert again["X-Wagtail-Cache"] == "hit" and "public" in again["Cache-Control"]
    assert not again.cookies


def test_logged_in_editors_always_see_fresh_private_pages(resource, member_a, client_for):
    cached(resource.url)
    editor = client_for(member_a.editor)
    for _visit in range(2):
        response = editor.get(resource.url)
        assert response["X-Wagtail-Cache"] == "skip"
        assert "private" in response["Cache-Control"]


def test_admin_documents_and_the_language_redirect_are_never_cached(resource):
    for url in ["/", "/admin/login/", "/documents/1/nothing.pdf"]:
        anonymous_get(url)
        assert anonymous_get(url)["X-Wagtail-Cache"] == "skip", url


def test_a_bad_query_string_is_not_an_error(library):
    assert anonymous_get(library.url + "?kind=%00&year=abc&page=-1").status_code == 200


def test_publishing_purges_the_page_its_listings_and_home_pages_in_every_language(
    resource, library, home, django_capture_on_commit_callbacks
):
    urls = showing(resource, library, home) + showing(resource, library, home, "fr")
    for url in urls:
        assert "Renting guide" in cached(url), url
    with django_capture_on_commit_callbacks(execute=True):
        resource.title = "Tenants' rights guide"
        resource.save_revision().publish()
    for url in urls:
        page = anonymous_get(url).content.decode()
        assert "Tenants&#x27; rights guide" in page, url


def test_unpublishing_takes_the_page_down_everywhere(resource, library, home, django_capture_on_commit_callbacks):
    urls = showing(resource, library, home) + showing(resource, library, home, "ar")
    for url in urls:
        assert "Renting guide" in cached(url)
    with django_capture_on_commit_callbacks(execute=True):
        resource.unpublish()
    assert anonymous_get(urls[0]).status_code == 404
    assert anonymous_get(urls[5]).status_code == 404
    for url in urls[1:5] + urls[6:]:
        assert "Renting guide" not in anonymous_get(url).content.decode(), url


def test_making_a_page_private_takes_it_out_of_the_cache_and_its_listings_in_every_language(
    resource, library, home, network_editor, django_capture_on_commit_callbacks
):
    """Wagtail's privacy setting saves a view restriction, not a revision: no page signal. A page cached while
    public was served from the cache to anyone for an hour after it was made private, and stayed in its listings."""
    english, french = showing(resource, library, home), showing(resource, library, home, "fr")
    for url in english + french:
        assert "Renting guide" in cached(url)
    for language in ("en", "fr"):
        assert result_titles(anonymous_get(search_url(language), data={"q": "renting"})) == ["Renting guide"]
    editor = Client()
    editor.force_login(network_editor)
    privacy = reverse("wagtailadmin_pages:set_privacy", args=[resource.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert editor.post(privacy, {"restriction_type": "login"}).status_code == 200
    for url in (english[0], french[0]):
        private = anonymous_get(url)
        assert private.status_code == 302 and "/login/" in private["Location"], url
    for url in english[1:] + french[1:]:
        assert "Renting guide" not in anonymous_get(url).content.decode(), url
    for language in ("en", "fr"):
        assert result_titles(anonymous_get(search_url(language), data={"q": "renting"})) == [], language
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(privacy, {"restriction_type": "none"})
    for url in english:
        assert "Renting guide" in anonymous_get(url).content.decode(), url


def test_deleting_takes_the_page_down_everywhere(resource, library, home, django_capture_on_commit_callbacks):
    urls = showing(resource, library, home) + showing(resource, library, home, "so")
    for url in urls:
        assert "Renting guide" in cached(url)
    with django_capture_on_commit_callbacks(execute=True):
        resource.delete()
    assert anonymous_get(urls[0]).status_code == 404
    assert anonymous_get(urls[5]).status_code == 404
    for url in urls[1:5] + urls[6:]:
        assert "Renting guide" not in anonymous_get(url).content.decode(), url


def test_moving_purges_the_old_and_the_new_places(
    resource, library, home, member_b, django_capture_on_commit_callbacks
):
    old_url, old_profile = resource.url, resource.get_parent().url
    assert "Renting guide" in cached(old_url)
    cached(old_profile)
    new_profile = member_b.organisation.url
    cached(new_profile)
    with django_capture_on_commit_callbacks(execute=True):
        resource.move(member_b.organisation, pos="last-child")
    resource.refresh_from_db()
    # Wagtail leaves a redirect at the old address, and the cache no longer holds the page there.
    assert anonymous_get(old_url)["Location"] == resource.url
    moved = anonymous_get(resource.url)
    assert moved.status_code == 200 and moved["X-Wagtail-Cache"] == "miss"
    for profile in (old_profile, new_profile):
        assert anonymous_get(profile)["X-Wagtail-Cache"] == "miss"


def test_translating_purges_every_language_version(resource, library, home, django_capture_on_commit_callbacks):
    french = Locale.objects.get(language_code="fr")
    urls = showing(resource, library, home, "fr")
    for url in urls:
        assert "Renting guide" in cached(url)
    with django_capture_on_commit_callbacks(execute=True):
        translate_into(resource, french, {"Renting guide": "Guide de la location"})
    for url in urls:
        page = anonymous_get(url).content.decode()
        assert "Guide de la location" in page, url


def test_a_plugin_page_purges_its_index_and_home_section(member_a, home, django_capture_on_commit_callbacks):
    """The rule is generic: the test plugin's pages and its index page take part without naming them."""
    with django_capture_on_commit_callbacks(execute=True):
        notice = member_a.organisation.add_child(instance=NoticePage(title="Drop-in moved", urgency="high"))
        notice.save_revision().publish()
        synchronise_trees()
    for url in [notice.url, home.url]:
        cached(url)
    with django_capture_on_commit_callbacks(execute=True):
        notice.title = "Drop-in cancelled"
        notice.save_revision().publish()
    assert "Drop-in cancelled" in anonymous_get(notice.url).content.decode()
    assert "Drop-in cancelled" in anonymous_get(home.url).content.decode()


def test_unrelated_pages_stay_cached(resource, member_b, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        other = ResourcePageFactory(parent=member_b.organisation, title="Asylum briefing")
    cached(other.url)
    with django_capture_on_commit_callbacks(execute=True):
        resource.title = "Tenants' rights guide"
        resource.save_revision().publish()
    assert anonymous_get(other.url)["X-Wagtail-Cache"] == "hit"


def test_the_page_cache_is_the_one_configured(settings):
    assert settings.WAGTAIL_CACHE_BACKEND in settings.CACHES
    assert caches[settings.WAGTAIL_CACHE_BACKEND] is not None
    assert settings.MIDDLEWARE[-1] == "wagtailcache.cache.FetchFromCacheMiddleware"
