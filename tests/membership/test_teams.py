"""Project teams and the steering committee: private workspaces. Only a team's members see its page (in every
language), its documents and its notes; everyone else gets a 404, finds it in no search, listing or admin screen;
only people of full member organisations sit on teams."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Locale, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from hub.setup import synchronise_trees
from membership.factories import TeamsIndexPageFactory, membership_of, team_page
from membership.models import TeamNote, TeamPage
from tests.support.search import indexed, result_titles, search_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def teams_index(home):
    return TeamsIndexPageFactory(parent=home)


@pytest.fixture
def full_member(member_a):
    membership_of(member_a.organisation, level="full", status="active")
    return member_a


@pytest.fixture
def team(teams_index, network_editor, full_member):
    return team_page(teams_index, title="Detention project team", convener=network_editor, members=[full_member.editor])


@pytest.fixture
def team_document(team):
    document = get_document_model()(title="Minutes of the first meeting", collection=team.collection)
    document.file.save("team-minutes.txt", ContentFile(b"Agreed: a 28-day limit."), save=False)
    document.save()
    return document


def test_a_member_sees_the_team_in_every_language_and_others_get_a_404(client, client_for, team, member_b):
    synchronise_trees()  # aliases in every language, as wagtail-localize makes for pages made in the admin
    versions = TeamPage.objects.filter(translation_key=team.translation_key)
    assert versions.count() == Locale.objects.count() > 1
    for version in versions:
        restriction = PageViewRestriction.objects.get(page=version)
        assert list(restriction.groups.all()) == [team.group]
        assert client.get(version.url).status_code == 404
    member = client_for(team.members.get().user)
    assert "Detention project team" in member.get(team.url).content.decode()
    french = versions.get(locale__language_code="fr")
    assert member.get(french.url).status_code == 200
    assert client_for(member_b.editor).get(team.url).status_code == 404
    assert client_for(member_b.editor).get(french.url).status_code == 404


def test_the_convener_sits_on_the_team_and_another_network_editor_does_not(client_for, team, network_editor):
    from tests.support.people import person

    assert client_for(network_editor).get(team.url).status_code == 200
    other = person("other-network-editor", "Network editors")
    assert client_for(other).get(team.url).status_code == 404


def test_the_teams_index_lists_only_the_teams_one_sits_on(client, client_for, teams_index, team, member_b):
    assert "Detention project team" not in client.get(teams_index.url).content.decode()
    assert "Sign in to see your teams" in client.get(teams_index.url).content.decode()
    assert "Detention project team" not in client_for(member_b.editor).get(teams_index.url).content.decode()
    assert "Detention project team" in client_for(team.members.get().user).get(teams_index.url).content.decode()


def test_team_pages_are_in_no_search_results(client, client_for, team):
    indexed(team)
    for asking in (client, client_for(team.members.get().user)):
        assert "Detention project team" not in result_titles(asking.get(search_url(), {"q": "Detention"}))


def test_a_non_member_cannot_reach_the_team_in_the_admin(client_for, team, team_document, member_b):
    client = client_for(member_b.editor)
    for url in (
        reverse("wagtailadmin_explore", args=[team.pk]),
        reverse("wagtailadmin_pages:edit", args=[team.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[team.pk]),
        reverse("wagtaildocs:edit", args=[team_document.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
    found = client.get(reverse("wagtailadmin_pages:search"), {"q": "Detention"}).content.decode()
    assert "Detention project team" not in found
    chooser = client.get(reverse("wagtaildocs_chooser:choose"), {"q": "Minutes"}).content.decode()
    assert "Minutes of the first meeting" not in chooser
    listing = client.get(reverse("wagtaildocs:index")).content.decode()
    assert "Minutes of the first meeting" not in listing


def test_team_documents_are_served_to_members_only(client, client_for, team, team_document, member_b):
    assert client.get(team_document.url).status_code == 404
    assert client_for(member_b.editor).get(team_document.url).status_code == 404
    member = client_for(team.members.get().user)
    assert b"28-day limit" in b"".join(member.get(team_document.url).streaming_content)
    assert "Minutes of the first meeting" in member.get(team.url).content.decode()


def test_members_write_notes_and_others_cannot(client, client_for, team, member_b):
    notes_url = team.url + "notes/"
    member = client_for(team.members.get().user)
    response = member.post(notes_url, {"text": ""})
    assert response.status_code == 400 and "This field is required." in response.content.decode()
    member.post(notes_url, {"text": "Draft the briefing by Friday."})
    assert "Draft the briefing by Friday." in member.get(team.url).content.decode()
    assert client_for(member_b.editor).post(notes_url, {"text": "Let me in"}).status_code == 404
    client.logout()
    assert client.post(notes_url, {"text": "Let me in"}).status_code == 404
    assert list(TeamNote.objects.values_list("text", flat=True)) == ["Draft the briefing by Friday."]


def team_form(team, convener, users):
    return nested_form_data(
        {
            "title": team.title,
            "slug": team.slug,
            "kind": team.kind,
            "purpose": rich_text("<p>Ending indefinite detention.</p>"),
            "convener": convener.pk if convener else "",
            "members": inline_formset([{"user": user.pk, "role": ""} for user in users]),
            "action-publish": "action-publish",
        }
    )


def test_only_people_of_full_members_sit_on_teams(client_for, team, network_editor, member_b):
    membership_of(member_b.organisation, level="associate")
    client = client_for(network_editor)
    edit = reverse("wagtailadmin_pages:edit", args=[team.pk])
    response = client.post(edit, team_form(team, network_editor, [team.members.get().user, member_b.editor]))
    assert "Only people of full member organisations sit on project teams" in response.content.decode()
    assert not team.group.user_set.filter(pk=member_b.editor.pk).exists()

    response = client.post(edit, team_form(team, member_b.editor, []))
    assert "A team is convened by a network editor." in response.content.decode()

    membership_of(member_b.organisation, level="full", status="active")
    response = client.post(edit, team_form(team, network_editor, [team.members.get().user, member_b.editor]))
    assert response.status_code == 302
    assert team.group.user_set.filter(pk=member_b.editor.pk).exists()
    assert client_for(member_b.editor).get(team.url).status_code == 200


def test_a_member_whose_organisation_lapses_loses_access(client_for, team, full_member):
    membership_of(full_member.organisation, level="full", status="lapsed")
    assert client_for(full_member.editor).get(team.url).status_code == 404
    membership_of(full_member.organisation, level="full", status="active")
    assert client_for(full_member.editor).get(team.url).status_code == 200


def test_team_pages_take_a_bounded_number_of_queries(client_for, team, teams_index, django_assert_max_num_queries):
    member = client_for(team.members.get().user)
    TeamNote.objects.create(team_key=team.translation_key, author=team.members.get().user, text="First note")
    get_document_model().objects.create(title="First paper", collection=team.collection, file="first.txt")
    member.get(team.url)
    with django_assert_max_num_queries(40) as few:
        assert member.get(team.url).status_code == 200
    few = len(few)  # counted now: the connection's log of queries is bounded
    for number in range(30):
        TeamNote.objects.create(team_key=team.translation_key, author=team.members.get().user, text=f"Note {number}")
    for number in range(10):
        document = get_document_model()(title=f"Paper {number}", collection=team.collection)
        document.file.save(f"paper-{number}.txt", ContentFile(b"text"), save=False)
        document.save()
    with django_assert_max_num_queries(few):
        assert member.get(team.url).status_code == 200
    with django_assert_max_num_queries(30):
        assert member.get(teams_index.url).status_code == 200
