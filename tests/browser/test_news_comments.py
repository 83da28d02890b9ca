"""A visitor comments on a news page served from the page cache, a member's editor approves it in the admin's
queue, and the next visitor of the cached page reads it."""

import pytest
from django.db import transaction
from playwright.sync_api import expect

from hub.setup import synchronise_trees
from news.demo import ensure_news_index
from news.factories import NewsPageFactory
from tests.support.people import make_member_a

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.WAGTAIL_CACHE = True


def test_a_visitor_comments_a_moderator_approves_and_the_cached_page_shows_it(
    page, browser, live_server, home, london, log_in
):
    with transaction.atomic():
        member = make_member_a()
        ensure_news_index(home)
        synchronise_trees()
        news = NewsPageFactory(parent=member.organisation, title="Our drop-in opens on Saturdays")
    other = browser.new_context(base_url=live_server.url)
    other.new_page().goto(news.url)  # another visitor has put the page in the cache
    other.close()

    response = page.goto(news.url)
    assert response.headers["x-wagtail-cache"] == "hit"
    assert "set-cookie" not in response.headers
    form = page.locator(".comments__form")
    form.get_by_label("Your name").fill("Hawa")
    form.get_by_label("Your email (optional)").fill("hawa@example.org")
    form.get_by_label("Your comment", exact=True).fill("Is there a crèche on Saturdays?")
    form.get_by_role("button", name="Send your comment").click()
    expect(page.get_by_role("status")).to_contain_text("A moderator will read it soon")
    page.goto(news.url)
    expect(page.get_by_text("Is there a crèche on Saturdays?")).to_have_count(0)

    moderator = log_in("editor@amani.example.org")
    expect(moderator.get_by_text("1 comment waits for moderation")).to_be_visible()
    moderator.get_by_role("link", name="1 comment waits for moderation").click()
    row = moderator.locator("tr", has_text="Is there a crèche on Saturdays?")
    row.get_by_role("button", name="Approve").click()
    expect(moderator.get_by_text("The comment by Hawa is shown on the page.")).to_be_visible()

    # The next visitor (a browser keeps its own copy of a page a short while) gets the purged page, cached again.
    reader = browser.new_context(base_url=live_server.url).new_page()
    reader.goto(news.url)
    expect(reader.locator(".comments").get_by_text("Is there a crèche on Saturdays?")).to_be_visible()
    expect(reader.locator(".comments").get_by_text("hawa@example.org")).to_have_count(0)
    reader.context.close()
    another = browser.new_context(base_url=live_server.url).new_page()
    response = another.goto(news.url)
    assert response.headers["x-wagtail-cache"] == "hit"
    expect(another.locator(".comments").get_by_text("Is there a crèche on Saturdays?")).to_be_visible()
    another.context.close()
