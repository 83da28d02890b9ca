"""Every page in every language's tree: an admin action happens whole or not at all, `hub hub_repair_trees`
puts back pages missing from some trees, and `hub check --database default` and administrators' dashboard say
when the trees differ."""

from datetime import timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import DatabaseError, connection
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page, Revision, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import ContentPage
from hub.language_trees import incomplete_trees
from hub.tree_aliases import alias_into_every_language
from tests.support.people import PASSWORD

pytestmark = pytest.mark.django_db


def create_in_admin(client, parent, title, action="action-submit", **fields):
    data = nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "introduction": rich_text("<p>For everyone.</p>"),
            "body": streamfield([("heading", "Opening times")]),
            **fields,
        }
    )
    data[action] = action
    return client.post(reverse("wagtailadmin_pages:add", args=["home", "contentpage", parent.pk]), data)


def languages_holding(page):
    return sorted(
        Page.objects.filter(translation_key=page.translation_key).values_list("locale__language_code", flat=True)
    )


def every_language():
    return sorted(code for code, _name in settings.LANGUAGES)


def tree_warnings():
    errors = StringIO()
    call_command("check", "--database", "default", stdout=StringIO(), stderr=errors)
    return errors.getvalue()


def repair(*args):
    output = StringIO()
    call_command("hub_repair_trees", *args, stdout=output)
    return output.getvalue()


@pytest.fixture
def member_editor(client_for, member_a):
    return client_for(member_a.editor)


@pytest.fixture
def publisher(client_for, network_editor):
    return client_for(network_editor)


def publish_in_admin(publisher, parent, title, **fields):
    return create_in_admin(publisher, parent, title, action="action-publish", **fields)


def test_a_page_created_in_the_admin_stands_in_every_tree_once_published(member_editor, member_a):
    response = create_in_admin(member_editor, member_a.organisation, "Saturday drop-in")
    assert response.status_code == 302
    page = ContentPage.objects.get(title="Saturday drop-in", locale=Locale.get_default())
    assert languages_holding(page) == [settings.LANGUAGE_CODE]  # submitted for review, not published yet
    assert WorkflowState.objects.for_instance(page).active().exists()
    assert "hub.W001" not in tree_warnings()

    page.get_latest_revision().publish()  # what the review's approval does
    assert languages_holding(page) == every_language()
    assert "hub.W001" not in tree_warnings()


def test_a_page_published_as_it_is_created_stands_in_every_tree(publisher, member_a):
    response = publish_in_admin(publisher, member_a.organisation, "Saturday drop-in")
    assert response.status_code == 302
    page = ContentPage.objects.get(title="Saturday drop-in", locale=Locale.get_default())
    assert page.live and languages_holding(page) == every_language()


def test_a_page_scheduled_in_the_admin_enters_every_tree_when_the_scheduler_publishes_it(publisher, member_a):
    in_two_days = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    publish_in_admin(publisher, member_a.organisation, "Summer fair", go_live_at=in_two_days)
    page = ContentPage.objects.get(title="Summer fair")
    assert not page.live and languages_holding(page) == [settings.LANGUAGE_CODE]

    scheduled = Revision.objects.get(object_id=str(page.pk), approved_go_live_at__isnull=False)
    past = timezone.now() - timedelta(minutes=1)
    scheduled.approved_go_live_at = past  # two days have passed
    scheduled.content["go_live_at"] = past.isoformat()
    scheduled.save()
    call_command("publish_scheduled")
    assert ContentPage.objects.get(pk=page.pk).live
    assert languages_holding(page) == every_language()


def test_when_the_database_refuses_a_write_half_way_nothing_of_the_action_remains(publisher, member_a):
    # The database refuses the copy into the Arabic tree, as a locked SQLite file did: the English page and the
    # copies made before it must not stay behind, nor a workflow waiting for a reviewer.
    arabic = Locale.objects.get(language_code="ar").pk
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "CREATE FUNCTION refuse_write() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'database is locked'; "
                "END $$ LANGUAGE plpgsql"
            )
            cursor.execute(
                "CREATE TRIGGER refuse_arabic_pages BEFORE INSERT ON wagtailcore_page FOR EACH ROW "
                f"WHEN (NEW.locale_id = {arabic}) EXECUTE FUNCTION refuse_write()"
            )
        else:
            cursor.execute(
                f"CREATE TRIGGER refuse_arabic_pages BEFORE INSERT ON wagtailcore_page WHEN NEW.locale_id = {arabic} "
                "BEGIN SELECT RAISE(ABORT, 'database is locked'); END"
            )
    pages_before = Page.objects.count()
    with pytest.raises(DatabaseError, match="database is locked"):
        publish_in_admin(publisher, member_a.organisation, "Saturday drop-in")
    assert not Page.objects.filter(title="Saturday drop-in").exists()
    assert Page.objects.count() == pages_before
    assert not WorkflowState.objects.exists()


def test_repair_puts_back_a_page_deleted_from_one_tree(publisher, member_a):
    publish_in_admin(publisher, member_a.organisation, "Saturday drop-in")
    page = ContentPage.objects.get(title="Saturday drop-in", locale=Locale.get_default())
    page.get_translation(Locale.objects.get(language_code="fr")).delete()
    assert incomplete_trees() == {Locale.objects.get(language_code="fr"): 1}
    assert "(hub.W001) Some languages' page trees lack pages that the others have (fr lacks 1)" in tree_warnings()

    report = repair("--dry-run")
    assert "“Saturday drop-in” (/home/members/amani-womens-group/saturday-drop-in/): missing from fr" in report
    assert "1 page(s) missing from some languages' trees" in report
    assert languages_holding(page) == sorted(set(every_language()) - {"fr"})

    report = repair()
    assert "restored in fr" in report
    assert languages_holding(page) == every_language()
    french = page.get_translation(Locale.objects.get(language_code="fr"))
    assert french.alias_of_id == page.pk
    assert french.get_parent().pk == member_a.organisation.get_translation(french.locale).pk
    assert "hub.W001" not in tree_warnings()
    assert "Every language's tree holds every page." in repair()


def test_repair_puts_back_a_space_with_its_pages_and_a_page_first_written_in_somali(publisher, member_a):
    publish_in_admin(publisher, member_a.organisation, "Saturday drop-in")
    page = ContentPage.objects.get(title="Saturday drop-in", locale=Locale.get_default())
    somali_space = member_a.organisation.get_translation(Locale.objects.get(language_code="so"))
    somali_page = somali_space.add_child(instance=ContentPage(title="Kulanka Sabtida"))
    alias_into_every_language(somali_page)
    # Deleting the Arabic space takes its pages with it; the English copy of the Somali page goes too.
    member_a.organisation.get_translation(Locale.objects.get(language_code="ar")).delete()
    Page.objects.get(translation_key=somali_page.translation_key, locale=Locale.get_default()).delete()

    report = repair()
    assert "“Amani Women's Group” (/home/members/amani-womens-group/): restored in ar" in report
    assert "“Kulanka Sabtida”" in report and "restored in ar, en" in report
    for restored in (member_a.organisation, page, somali_page):
        assert languages_holding(restored) == every_language()
    english = Page.objects.get(translation_key=somali_page.translation_key, locale=Locale.get_default())
    assert english.alias_of_id == somali_page.pk
    assert english.get_parent().pk == member_a.organisation.pk
    assert incomplete_trees() == {}


def test_administrators_dashboard_says_when_a_tree_lacks_pages(client_for, member_a, network_editor):
    administrator = get_user_model().objects.create_superuser("admin", "admin@example.org", PASSWORD)
    publish_in_admin(client_for(network_editor), member_a.organisation, "Saturday drop-in")
    warning = "Some languages' page trees are incomplete"
    assert warning not in client_for(administrator).get(reverse("wagtailadmin_home")).text

    page = ContentPage.objects.get(title="Saturday drop-in", locale=Locale.get_default())
    french = Locale.objects.get(language_code="fr")
    page.get_translation(french).delete()
    dashboard = client_for(administrator).get(reverse("wagtailadmin_home")).text
    assert warning in dashboard
    assert f"<li>{french.get_display_name()}: 1</li>" in dashboard
    assert "<code>hub hub_repair_trees</code>" in dashboard
    # Network editors cannot run the command that restores the trees: the warning is not theirs.
    assert warning not in client_for(network_editor).get(reverse("wagtailadmin_home")).text

    repair()
    assert warning not in client_for(administrator).get(reverse("wagtailadmin_home")).text
