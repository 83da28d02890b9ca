"""The translation status dashboard, and the public notice on machine-translated pages."""

import csv
import io
import re
from urllib.parse import urlencode

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.factories import ContentPageFactory
from hub.bulk_indexing import indexes_built_after
from hub.roles import translators_group_name
from hub.setup import synchronise_trees
from tests.support.pages import MAX_QUERIES, STATUS_URL, cells, dashboard_table
from tests.support.people import PASSWORD
from tests.testapp.factories import NoticePageFactory

pytestmark = pytest.mark.django_db

DASHBOARD_MAX_QUERIES = 30


@pytest.fixture
def arabic_translator(db):
    user = get_user_model().objects.create_user("layla", "layla@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=translators_group_name("ar")))
    return user


def locale(code):
    return Locale.objects.get(language_code=code)


def content_page(parent, title):
    return ContentPageFactory(parent=parent, title=title, body=[("paragraph", f"<p>{title}: bring your letters.</p>")])


def translate(page, code, *, translation_type="manual", publish=False, user=None):
    """Translate every string of the page with wagtail-localize's own records, then save the translated page."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale(code))
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale(code),
            context=segment.context,
            defaults={"data": f"[{code}] {segment.string.data}", "translation_type": translation_type},
        )
    translation.save_target(user=user, publish=publish)
    return translation


def columns(html):
    return re.findall(r'<th scope="col" data-locale="([\w-]+)">', dashboard_table(html))


def test_each_cell_shows_the_state_of_the_translation(client_for, network_editor, member_a):
    page = content_page(member_a.organisation, "Saturday drop-in")
    synchronise_trees()
    translate(page, "fr")
    translate(page, "so", translation_type="machine")
    translate(page, "pl")
    StringTranslation.objects.filter(locale=locale("pl")).delete()  # a translation started, not finished
    stale = content_page(member_a.organisation, "Know your rights")
    synchronise_trees()
    translate(stale, "fr")
    stale.title = "Know your rights (2026 update)"
    stale.save_revision()  # the source changed after its translation was synced

    client = client_for(network_editor)
    assert "Translation status" in client.get(reverse("wagtailadmin_home")).content.decode()
    html = client.get(STATUS_URL).content.decode()
    states = cells(html)
    assert states[("Saturday drop-in", "en")] == "source"
    assert states[("Saturday drop-in", "fr")] == "translated"
    assert states[("Saturday drop-in", "so")] == "machine"
    assert states[("Saturday drop-in", "pl")] == "waiting"
    assert states[("Saturday drop-in", "ar")] == "missing"
    # Listed by its published title: an unpublished change is its editors' own (translators see this page too).
    assert states[("Know your rights", "fr")] == "out-of-date"
    assert states[("Know your rights", "so")] == "missing"
    assert "2026 update" not in html
    for label in [
        "Translated",
        "Machine-translated, not reviewed",
        "Missing",
        "Out of date",
        "Waiting for translations",
    ]:
        assert label in html


def test_cells_link_to_the_translation_editor_or_to_translate_the_page(client_for, network_editor, member_a):
    page = content_page(member_a.organisation, "Saturday drop-in")
    synchronise_trees()
    translate(page, "fr")
    client = client_for(network_editor)
    html = client.get(STATUS_URL).content.decode()

    french = page.get_translation(locale("fr"))
    edit_url = reverse("wagtailadmin_pages:edit", args=[french.pk])
    assert f'<a href="{edit_url}"><span class="w-sr-only">Saturday drop-in, French:</span> Translated</a>' in html
    editor = client.get(edit_url)
    assert editor.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [template.name for template in editor.templates]

    submit_url = reverse("wagtail_localize:submit_page_translation", args=[page.pk]) + "?select_locale=ar"
    assert f'<a href="{submit_url}"><span class="w-sr-only">Saturday drop-in, Arabic:</span> Missing</a>' in html
    form = client.get(submit_url)
    assert form.status_code == 200
    assert [locale.language_code for locale in form.context["form"].initial["locales"]] == ["ar"]

    # The network team starts the translation from there; the cell then waits for its strings.
    client.post(submit_url, {"locales": [locale("ar").pk]})
    assert cells(client.get(STATUS_URL).content.decode())[("Saturday drop-in", "ar")] == "waiting"


def test_filters_by_organisation_plugin_page_type_and_language(client_for, network_editor, member_a, member_b):
    content_page(member_a.organisation, "Amani drop-in")
    NoticePageFactory(parent=member_a.organisation, title="Amani notice")
    content_page(member_b.organisation, "Baile drop-in")
    synchronise_trees()
    client = client_for(network_editor)

    def titles(**query):
        return {title for title, _code in cells(client.get(STATUS_URL, query).content.decode())}

    assert {"Amani drop-in", "Amani notice", "Baile drop-in"} <= titles()
    assert titles(organisation=member_b.organisation.pk) == {member_b.organisation.title, "Baile drop-in"}
    assert titles(organisation=member_a.organisation.pk, plugin="testapp") == {"Amani notice"}
    assert titles(organisation=member_a.organisation.pk, page_type="home.contentpage") == {"Amani drop-in"}
    assert columns(client.get(STATUS_URL, {"language": "so"}).content.decode()) == ["so"]
    assert len(columns(client.get(STATUS_URL).content.decode())) == len(Locale.objects.all())


def test_bad_filters_are_reported_and_ignored(client_for, network_editor, member_a):
    content_page(member_a.organisation, "Saturday drop-in")
    response = client_for(network_editor).get(
        STATUS_URL, {"organisation": "999999", "plugin": "nope", "language": "xx", "page_type": "x.y", "p": "abc"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Some filters were not recognised and have been ignored" in html
    assert ("Saturday drop-in", "fr") in cells(html)


def test_switched_off_plugins_are_not_offered(client_for, network_editor, settings, home):
    settings.HUB_DISABLED_PLUGINS = ["testapp"]
    html = client_for(network_editor).get(STATUS_URL).content.decode()
    assert 'value="testapp"' not in html and 'value="testapp.noticepage"' not in html
    assert 'value="home.contentpage"' in html


def test_translators_see_only_their_languages(client_for, arabic_translator, member_a):
    content_page(member_a.organisation, "Saturday drop-in")
    synchronise_trees()
    client = client_for(arabic_translator)
    assert "Translation status" in client.get(reverse("wagtailadmin_home")).content.decode()
    html = client.get(STATUS_URL).content.decode()
    assert columns(html) == ["ar"]
    assert cells(html)[("Saturday drop-in", "ar")] == "missing"
    asked_for_french = client.get(STATUS_URL, {"language": "fr"}).content.decode()
    assert columns(asked_for_french) == ["ar"]
    assert 'data-locale="fr"' not in asked_for_french


def test_member_editors_and_anonymous_visitors_are_refused(client, client_for, member_a):
    response = client.get(STATUS_URL)
    assert response.status_code == 302 and reverse("wagtailadmin_login") in response["Location"]
    editor = client_for(member_a.editor)
    assert editor.get(STATUS_URL).status_code in (302, 403)
    assert "Translation status" not in editor.get(reverse("wagtailadmin_home")).content.decode()


def test_queries_are_bounded_whatever_the_number_of_pages(
    client_for, network_editor, member_a, django_assert_max_num_queries
):
    client = client_for(network_editor)
    with indexes_built_after():  # indexed once, not on each of the thousand saves
        for number in range(60):  # more than one page of the dashboard
            page = content_page(member_a.organisation, f"Leaflet {number:02d}")
            if number % 3 == 0:
                translate(page, "fr")
            if number % 3 == 1:
                translate(page, "ar", translation_type="machine")
        synchronise_trees()
    client.get(STATUS_URL)
    with django_assert_max_num_queries(DASHBOARD_MAX_QUERIES):
        html = client.get(STATUS_URL).content.decode()
    assert len(re.findall(r'<th scope="row">', dashboard_table(html))) == 50
    with django_assert_max_num_queries(DASHBOARD_MAX_QUERIES):
        second = client.get(STATUS_URL, {"p": 2}).content.decode()
    assert "Leaflet 59" in second


def machine_translate(client, translation):
    response = client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
    assert response.status_code == 302


def test_a_machine_translated_page_says_so_until_a_person_reviews_it(
    client,
    client_for,
    arabic_translator,
    network_editor,
    member_a,
    django_capture_on_commit_callbacks,
    django_assert_max_num_queries,
):
    page = content_page(member_a.organisation, "Saturday drop-in")
    synchronise_trees()
    translator = client_for(arabic_translator)
    translator.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale("ar").pk]})
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locale("ar"))
    machine_translate(translator, translation)
    assert StringTranslation.objects.filter(locale=locale("ar"), translation_type="machine").exists()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=network_editor, publish=True)
    arabic = page.get_translation(locale("ar"))
    assert cells(client_for(network_editor).get(STATUS_URL).content.decode())[("Saturday drop-in", "ar")] == "machine"

    client.logout()
    with django_assert_max_num_queries(MAX_QUERIES):
        html = client.get(arabic.url).content.decode()
    assert '<p class="notice notice--machine-translation" role="note">' in html
    assert "تُرجمت هذه الصفحة آليًا" in html  # said in the visitor's language
    assert "notice--machine-translation" not in client.get(page.url).content.decode()

    # A person goes over every string in wagtail-localize's editor: they become manual translations.
    translator = client_for(arabic_translator)
    for segment in StringSegment.objects.filter(source=translation.source):
        response = translator.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            urlencode({"value": "جلسة السبت المفتوحة"}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code == 200
    client.logout()
    assert "notice--machine-translation" not in client.get(arabic.url).content.decode()
    assert (
        cells(client_for(network_editor).get(STATUS_URL).content.decode())[("Saturday drop-in", "ar")] == "translated"
    )


def test_exports_one_row_per_page_and_one_column_per_language(client_for, network_editor, member_a):
    page = content_page(member_a.organisation, "=Saturday drop-in")
    synchronise_trees()
    translate(page, "fr")
    client = client_for(network_editor)

    response = client.get(STATUS_URL, {"language": "fr", "export": "csv"})
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    rows = list(csv.reader(io.StringIO(response.getvalue().decode())))
    assert rows[0] == ["Page", "French"]
    assert ["'=Saturday drop-in", "Translated"] in rows  # a title starting like a formula stays text

    workbook = client.get(STATUS_URL, {"export": "xlsx"})
    assert "no-store" in workbook["Cache-Control"]
    sheet = [list(row) for row in openpyxl.load_workbook(io.BytesIO(workbook.getvalue())).active.values]
    assert sheet[0][0] == "Page" and len(sheet[0]) == 1 + len(Locale.objects.all())
    by_title = {row[0]: dict(zip(sheet[0], row, strict=True)) for row in sheet[1:]}
    assert by_title["=Saturday drop-in"]["French"] == "Translated"
    assert by_title["=Saturday drop-in"]["Arabic"] == "Missing"
    assert by_title["=Saturday drop-in"]["English"] == "Source language"
