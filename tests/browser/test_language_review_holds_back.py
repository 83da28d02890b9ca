"""Language review in Chromium, translator then reviewer, with a visitor's window on the public page at each
step: the translation reaches the public only when the Arabic reviewer approves it. Once for a page
translated for the first time, once for a page whose translation is already live. The translator types
in wagtail-localize's editor and submits from it; the reviewer acts from the dashboard."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.models import Page

from hub.roles import reviewers_group_name, translators_group_name
from hub.setup import synchronise_trees
from tests.browser.admin_steps import moderate
from tests.support.people import make_member, person
from tests.support.translations import translate
from tests.support.workflow import draft_in

pytestmark = pytest.mark.django_db(transaction=True)

SOURCE_TITLE = "Saturday drop-in"
LIVE_TITLE = "جلسة السبت"
REVIEWED_TITLE = "جلسة السبت المفتوحة"


@pytest.fixture
def people(directory, london, network_editor):
    member = make_member("Amani Women's Group", "editor@amani.example.org", regions=["london"])
    person("layla", translators_group_name("ar"))
    person("samira", reviewers_group_name("ar"))
    source = draft_in(member.organisation, SOURCE_TITLE)
    source.save_revision(user=network_editor).publish()
    synchronise_trees()  # the page in every language's tree, as the admin makes it
    return source


def arabic_version(source):
    return Page.objects.get(translation_key=source.translation_key, locale__language_code="ar")


def submit_from_translation_editor(translator, arabic):
    translator.goto(reverse("wagtailadmin_pages:edit", args=[arabic.pk]))
    translator.get_by_role("link", name="Submit for review").click()
    translator.get_by_role("button", name="Submit for review").click()
    expect(translator.get_by_text("was submitted to the Arabic reviewers")).to_be_visible()


def visitor_sees(visitor, url, title, *, notice):
    visitor.goto(url)
    expect(visitor.locator("h1")).to_have_text(title)
    expect(visitor.locator(".notice--translation")).to_have_count(1 if notice else 0)


def review_round(log_in, visitor, arabic, draft_title, before_title, before_notice):
    """Submit, request changes, resubmit, approve; the visitor sees `before_title` until the approval."""
    url = arabic.url
    translator = log_in("layla")
    submit_from_translation_editor(translator, arabic)
    visitor_sees(visitor, url, before_title, notice=before_notice)

    reviewer = log_in("samira")
    moderate(reviewer, draft_title, "Request changes", comment="Say it as we do elsewhere.")
    visitor_sees(visitor, url, before_title, notice=before_notice)

    submit_from_translation_editor(translator, arabic)
    visitor_sees(visitor, url, before_title, notice=before_notice)

    reviewer.goto("/admin/")
    moderate(reviewer, draft_title, "Approve")
    visitor_sees(visitor, url, draft_title, notice=False)


@pytest.fixture
def visitor(page):
    """An anonymous visitor's window on the public site (pytest's page fixture: nobody logged in)."""
    return page


def test_a_first_translation_is_published_only_by_its_review(log_in, visitor, people):
    source = people
    arabic = arabic_version(source)
    url = arabic.url
    visitor_sees(visitor, url, SOURCE_TITLE, notice=True)

    translator = log_in("layla")
    translator.goto(reverse("wagtail_localize:submit_page_translation", args=[source.pk]))
    translator.get_by_label("Arabic").check()
    translator.get_by_role("button", name="Submit").click()
    expect(translator.locator(".js-translation-editor")).to_be_attached()
    visitor_sees(visitor, url, SOURCE_TITLE, notice=True)

    # In wagtail-localize's editor: the title (the first text) is typed and saved, as a translator does.
    translator.get_by_role("button", name="Translate", exact=True).first.click()
    translator.keyboard.type(REVIEWED_TITLE)
    translator.get_by_role("button", name="Save", exact=True).click()
    expect(translator.get_by_role("button", name="Edit", exact=True)).to_have_count(1)
    visitor_sees(visitor, url, SOURCE_TITLE, notice=True)
    translator.goto(reverse("hub_submit_translation", args=[arabic.pk]))
    expect(translator.locator(".untranslated-strings")).to_contain_text("Bring your letters.")
    review_round(log_in, visitor, arabic, REVIEWED_TITLE, SOURCE_TITLE, before_notice=True)


def test_an_updated_translation_is_published_only_by_its_review(log_in, visitor, people, network_editor):
    source = people
    translate(source, "ar", network_editor, {SOURCE_TITLE: LIVE_TITLE}, publish=True)
    arabic = arabic_version(source)
    url = arabic.url
    visitor_sees(visitor, url, LIVE_TITLE, notice=False)

    translator = log_in("layla")
    translator.goto(reverse("wagtailadmin_pages:edit", args=[arabic.pk]))
    translator.get_by_role("button", name="Edit", exact=True).first.click()  # the title, translated before
    translator.keyboard.press("ControlOrMeta+A")
    translator.keyboard.type(REVIEWED_TITLE)
    translator.get_by_role("button", name="Save", exact=True).click()
    expect(translator.get_by_text(REVIEWED_TITLE, exact=True)).to_be_visible()
    visitor_sees(visitor, url, LIVE_TITLE, notice=False)
    review_round(log_in, visitor, arabic, REVIEWED_TITLE, LIVE_TITLE, before_notice=False)
