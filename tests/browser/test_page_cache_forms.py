"""A form on a public page submits in a real browser while the page cache serves the site: a page whose
response used a CSRF token is never shared (see hub.caching and the README's contract for plugins)."""

import pytest
from django.db import transaction

from hub.setup import synchronise_trees
from tests.testapp.models import PetitionPage

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def petition(home, settings):
    settings.WAGTAIL_CACHE = True
    with transaction.atomic():
        petition = home.add_child(instance=PetitionPage(title="Keep the drop-in open"))
        petition.save_revision().publish()
        synchronise_trees()
    return petition


def test_visitors_sign_a_form_on_a_site_served_from_the_cache(page, browser, live_server, petition, home):
    # Another visitor has already filled the cache with the home page and the petition.
    other = browser.new_context(base_url=live_server.url)
    other_page = other.new_page()
    other_page.goto(home.url)
    other_page.goto(petition.url)
    other.close()

    response = page.goto(home.url)
    page.goto(home.url)
    assert response.headers["x-wagtail-cache"] in ("miss", "hit")
    response = page.goto(petition.url)
    assert response.headers["x-wagtail-cache"] == "skip"
    assert "private" in response.headers["cache-control"]
    page.get_by_label("Name").fill("Hodan")
    page.get_by_role("button", name="Sign").click()
    assert page.get_by_role("status").inner_text() == "Thank you, Hodan."
