"""A translation reaches the public only when a reviewer of its language approves it.

What a visitor sees (the page, search, the member's list of pages, through the anonymous page cache) is
checked before the translator submits, after, after a request for changes, and after approval: for a
page whose translation is already live, and for a page translated for the first time (an alias until
then). The translator works through wagtail-localize's own editor endpoints and the hub's submit view.
"""

from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation

from home.models import ContentPage
from hub.setup import synchronise_trees
from tests.support.pages import STATUS_URL, cells
from tests.support.search import refresh_index, result_titles, search_url
from tests.support.translations import translate
from tests.support.workflow import act, current_task_state, draft_in, refused

pytestmark = pytest.mark.django_db

DRAFT_TITLE = "جلسة السبت المفتوحة"
LIVE_TITLE = "جلسة السبت"
TRANSLATION_NOTICE = 'class="notice notice--translation"'


@pytest.fixture
def published(member_a, network_editor):
    page = draft_in(member_a.organisation)
    page.save_revision(user=network_editor).publish()
    return page


@pytest.fixture
def published_in_arabic(published, network_editor, django_capture_on_commit_callbacks):
    """The page's Arabic translation as the network team published it (wagtail-localize publishes on commit)."""
    with django_capture_on_commit_callbacks(execute=True):
        arabic = translate(published, "ar", network_editor, {"Saturday drop-in": LIVE_TITLE}, publish=True)
    return arabic


def in_arabic(source):
    return Page.objects.get(translation_key=source.translation_key, locale__language_code="ar").specific


def seen_by_visitors(page):
    """The page's public HTML, as an anonymous visitor gets it (through the page cache)."""
    response = Client().get(Page.objects.get(pk=page.pk).url)
    assert response.status_code == 200
    return response.content.decode()


def found_in_arabic_search(words):
    refresh_index()
    return result_titles(Client().get(search_url("ar"), {"q": words}))


def listed_on_the_member_profile(member_a):
    return Client().get(in_arabic(member_a.organisation).url).content.decode()


def put_string(client, translation, source_text, value):
    """What wagtail-localize's editor sends when a translator types a string (saved at once, no page save)."""
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    return client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )


def submit_for_review(client, page):
    return client.post(reverse("hub_submit_translation", args=[page.pk]))


def test_an_updated_translation_stays_unpublished_until_its_language_reviewer_approves(
    client_for, published, published_in_arabic, member_a, arabic_translator, arabic_reviewer
):
    arabic = published_in_arabic
    translation = Translation.objects.get(source__object_id=published.translation_key, target_locale=arabic.locale)
    assert LIVE_TITLE in seen_by_visitors(arabic)

    translator = client_for(arabic_translator)
    assert put_string(translator, translation, "Saturday drop-in", DRAFT_TITLE).status_code == 200
    assert submit_for_review(translator, arabic).status_code == 302
    assert current_task_state(arabic).task.name == "Language review"

    def still_the_published_translation():
        # The page row is what feeds, listings and the search index read.
        assert ContentPage.objects.get(pk=arabic.pk).title == LIVE_TITLE
        html = seen_by_visitors(arabic)
        assert LIVE_TITLE in html and DRAFT_TITLE not in html
        assert found_in_arabic_search("المفتوحة") == []
        assert found_in_arabic_search("جلسة") == [LIVE_TITLE]
        profile = listed_on_the_member_profile(member_a)
        assert LIVE_TITLE in profile and DRAFT_TITLE not in profile

    still_the_published_translation()
    assert ContentPage.objects.get(pk=arabic.pk).get_latest_revision_as_object().title == DRAFT_TITLE

    act(client_for(arabic_reviewer), arabic, "reject", comment="Say 'open session' as we do elsewhere.")
    still_the_published_translation()

    assert submit_for_review(client_for(arabic_translator), arabic).status_code == 302
    still_the_published_translation()

    assert act(client_for(arabic_reviewer), arabic, "approve").status_code == 302
    assert DRAFT_TITLE in seen_by_visitors(arabic)
    assert found_in_arabic_search("المفتوحة") == [DRAFT_TITLE]
    assert DRAFT_TITLE in listed_on_the_member_profile(member_a)


def test_a_first_translation_stays_the_source_shown_with_a_notice_until_approved(
    client_for, published, member_a, arabic_translator, arabic_reviewer
):
    synchronise_trees()  # what wagtail-localize does for a page made in the admin
    arabic = in_arabic(published)
    assert arabic.alias_of_id == published.pk
    before = seen_by_visitors(arabic)
    assert "Saturday drop-in" in before and TRANSLATION_NOTICE in before

    # The translator starts with wagtail-localize's "Translate this page" and types in its editor.
    translator = client_for(arabic_translator)
    start = reverse("wagtail_localize:submit_page_translation", args=[published.pk])
    assert translator.post(start, {"locales": [arabic.locale_id]}).status_code == 302
    translation = Translation.objects.get(source__object_id=published.translation_key, target_locale=arabic.locale)
    editor = translator.get(reverse("wagtailadmin_pages:edit", args=[arabic.pk])).content.decode()
    assert "js-translation-editor" in editor
    assert reverse("hub_submit_translation", args=[arabic.pk]) in editor
    assert put_string(translator, translation, "Saturday drop-in", DRAFT_TITLE).status_code in (200, 201)

    # Submitting lists what is still in English; the translator may submit all the same.
    confirmation = translator.get(reverse("hub_submit_translation", args=[arabic.pk])).content.decode()
    assert "Bring your letters." in confirmation and 'lang="en"' in confirmation
    assert DRAFT_TITLE not in confirmation.split("untranslated-strings")[1]
    assert submit_for_review(translator, arabic).status_code == 302

    def still_the_source_with_a_notice():
        html = seen_by_visitors(arabic)
        assert "Saturday drop-in" in html and TRANSLATION_NOTICE in html and DRAFT_TITLE not in html
        assert found_in_arabic_search("المفتوحة") == []
        assert DRAFT_TITLE not in listed_on_the_member_profile(member_a)
        assert Page.objects.get(pk=arabic.pk).alias_of_id == published.pk

    still_the_source_with_a_notice()

    # The reviewer previews what they would publish: the translation, as a page in Arabic.
    reviewer = client_for(arabic_reviewer)
    task = current_task_state(arabic).task
    preview = reviewer.get(reverse("wagtailadmin_pages:workflow_preview", args=[arabic.pk, task.pk])).content.decode()
    assert DRAFT_TITLE in preview and TRANSLATION_NOTICE not in preview

    act(reviewer, arabic, "reject", comment="Translate the body too.")
    still_the_source_with_a_notice()

    assert submit_for_review(client_for(arabic_translator), arabic).status_code == 302
    still_the_source_with_a_notice()

    assert act(client_for(arabic_reviewer), arabic, "approve").status_code == 302
    after = seen_by_visitors(arabic)
    assert DRAFT_TITLE in after and TRANSLATION_NOTICE not in after
    page = Page.objects.get(pk=arabic.pk)
    assert page.live and page.alias_of_id is None
    assert found_in_arabic_search("المفتوحة") == [DRAFT_TITLE]


def test_approval_publishes_the_revision_that_was_reviewed_not_later_edits(
    client_for, published, published_in_arabic, arabic_translator, arabic_reviewer
):
    arabic = published_in_arabic
    translation = Translation.objects.get(source__object_id=published.translation_key, target_locale=arabic.locale)
    translator = client_for(arabic_translator)
    put_string(translator, translation, "Saturday drop-in", DRAFT_TITLE)
    submit_for_review(translator, arabic)

    # Edited again after submitting and saved as a new draft revision, but not resubmitted.
    put_string(translator, translation, "Saturday drop-in", "مسودة لاحقة")
    translation.save_target(user=arabic_translator, publish=False)
    assert LIVE_TITLE in seen_by_visitors(arabic)

    act(client_for(arabic_reviewer), arabic, "approve")
    html = seen_by_visitors(arabic)
    assert DRAFT_TITLE in html and "مسودة لاحقة" not in html
    page = ContentPage.objects.get(pk=arabic.pk)
    assert page.has_unpublished_changes and page.get_latest_revision_as_object().title == "مسودة لاحقة"


def test_translators_cannot_publish_from_the_translation_editor(
    client_for, published, published_in_arabic, arabic_translator
):
    arabic = published_in_arabic
    translation = Translation.objects.get(source__object_id=published.translation_key, target_locale=arabic.locale)
    translator = client_for(arabic_translator)
    put_string(translator, translation, "Saturday drop-in", DRAFT_TITLE)
    response = translator.post(reverse("wagtailadmin_pages:edit", args=[arabic.pk]), {"action": "publish"})
    assert refused(response)
    assert LIVE_TITLE in seen_by_visitors(arabic)


def test_the_network_team_still_publishes_a_translation_directly(client_for, published, network_editor):
    """Whoever may publish keeps wagtail-localize's "Publish" (the review is there to use, not to pass)."""
    synchronise_trees()
    arabic = in_arabic(published)
    network = client_for(network_editor)
    start = reverse("wagtail_localize:submit_page_translation", args=[published.pk])
    network.post(start, {"locales": [Locale.objects.get(language_code="ar").pk]})
    assert TRANSLATION_NOTICE in seen_by_visitors(arabic)  # "Translate this page" saves a draft
    network.post(reverse("wagtailadmin_pages:edit", args=[arabic.pk]), {"action": "publish"})
    assert TRANSLATION_NOTICE not in seen_by_visitors(arabic)


def test_submit_for_review_is_the_translators_main_action_in_the_translation_editor(
    client_for, published_in_arabic, arabic_translator, network_editor
):
    arabic = published_in_arabic
    submit = reverse("hub_submit_translation", args=[arabic.pk])
    edit = reverse("wagtailadmin_pages:edit", args=[arabic.pk])
    for_translator = client_for(arabic_translator).get(edit).content.decode()
    assert f'<a class="button" href="{submit}"' in for_translator
    # The footer's first action is its main button: for a translator it is no longer "Convert to alias page".
    assert "convertToAliasUrl&quot;: null" in for_translator
    assert reverse("wagtail_localize:convert_to_alias", args=[arabic.pk]) in (
        client_for(network_editor).get(edit).content.decode()
    )
    # The network team publishes from wagtail-localize's own footer; sending to review is secondary for them.
    assert (
        f'<a class="button button-secondary" href="{submit}"' in client_for(network_editor).get(edit).content.decode()
    )


def test_submit_for_review_comes_before_convert_to_alias_in_the_page_editor(
    client_for, published_in_arabic, arabic_translator
):
    """A translation no longer kept in sync is edited in Wagtail's own editor; its main action is the review."""
    arabic = published_in_arabic
    Translation.objects.filter(source__object_id=arabic.translation_key, target_locale=arabic.locale).update(
        enabled=False
    )
    html = client_for(arabic_translator).get(reverse("wagtailadmin_pages:edit", args=[arabic.pk])).content.decode()
    footer = html[html.index("<footer") :]
    # The first button is the main one; the others are in its "More actions" menu.
    assert footer.index('name="action-submit"') < footer.index("Save draft")
    assert footer.index("Save draft") < footer.index('name="localize-convert-to-alias"')


def test_the_translation_status_shows_a_first_translation_under_way(client_for, published, arabic_translator):
    """Still an alias for the public, but no longer "missing" for the translators: it is being translated."""
    synchronise_trees()
    translator = client_for(arabic_translator)
    assert cells(translator.get(STATUS_URL).content.decode())[("Saturday drop-in", "ar")] == "missing"
    start = reverse("wagtail_localize:submit_page_translation", args=[published.pk])
    translator.post(start, {"locales": [Locale.objects.get(language_code="ar").pk]})
    assert cells(translator.get(STATUS_URL).content.decode())[("Saturday drop-in", "ar")] == "waiting"
