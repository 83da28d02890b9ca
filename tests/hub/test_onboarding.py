"""Onboarding a member: by command and from the admin; idempotent; clear errors that change nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.http import HttpRequest
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from hub.models import MemberOrganisationPage

pytestmark = pytest.mark.django_db
User = get_user_model()


def snapshot():
    return (
        Page.objects.count(),
        Group.objects.count(),
        Collection.objects.count(),
        User.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
    )


def test_command_creates_profile_group_collection_and_invites_editor(directory, london):
    call_command(
        "hub_add_member",
        "Roma Support Leeds",
        "Ana@Roma.example.org",
        "--region",
        "London",
        "--editor-name",
        "Ana Lacatus",
    )
    organisation = MemberOrganisationPage.objects.get(title="Roma Support Leeds", alias_of__isnull=True)
    assert organisation.live and organisation.get_parent().pk == directory.pk
    assert list(organisation.regions.all()) == [london]

    group = Group.objects.get(name="Roma Support Leeds editors")
    codenames = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename"))
    assert codenames == {(organisation.pk, "add_page"), (organisation.pk, "change_page")}
    collection = Collection.objects.get(name="Roma Support Leeds")
    collection_perms = GroupCollectionPermission.objects.filter(group=group)
    assert {perm.collection_id for perm in collection_perms} == {collection.pk}
    assert {perm.permission.codename for perm in collection_perms} >= {"add_image", "choose_image", "choose_document"}
    assert (
        not GroupCollectionPermission.objects.filter(collection=collection)
        .exclude(group=group)
        .exclude(group__name__in=["Network editors", "Administrators"])
        .exists()
    )

    editor = User.objects.get(email="ana@roma.example.org")
    assert not editor.has_usable_password()
    assert list(editor.groups.all()) == [group]
    assert editor.first_name == "Ana"

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@roma.example.org"]
    assert "Roma Support Leeds" in message.subject
    assert "http://testserver/admin/password_reset/confirm/" in message.body


def test_invitation_link_lets_the_editor_set_a_password(client, directory):
    call_command("hub_add_member", "Roma Support Leeds", "ana@roma.example.org")
    link = next(line for line in mail.outbox[0].body.splitlines() if "/admin/password_reset/confirm/" in line)
    response = client.get(link.split("testserver", 1)[1], follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link.split("testserver", 1)[1]
    response = client.post(
        form_url, {"new_password1": "Saturday-drop-in-2026", "new_password2": "Saturday-drop-in-2026"}
    )
    assert response.status_code == 302
    # Signing in goes through django-axes, which counts attempts per request (hub.login_protection).
    assert client.login(request=HttpRequest(), username="ana@roma.example.org", password="Saturday-drop-in-2026")


def test_trusted_associate_member_gets_publish_permission(directory):
    call_command("hub_add_member", "Kurdish Community Centre", "k@kcc.example.org", "--trusted-publisher")
    organisation = MemberOrganisationPage.objects.get(title="Kurdish Community Centre", alias_of__isnull=True)
    assert organisation.trusted_publisher
    assert GroupPagePermission.objects.filter(
        group__name="Kurdish Community Centre editors", page=organisation, permission__codename="publish_page"
    ).exists()


def test_running_twice_duplicates_nothing(directory, london, capsys):
    call_command("hub_add_member", "Roma Support Leeds", "ana@roma.example.org", "--region", "london")
    before = snapshot()
    call_command("hub_add_member", "Roma Support Leeds", "ana@roma.example.org", "--region", "london")
    assert snapshot() == before
    assert "already a member" in capsys.readouterr().out
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["", "a@example.org"], "needs a name"),
        (["!!!", "a@example.org"], "no letters or digits"),
        (["Good Name", "not-an-email"], "not a valid email"),
        (["Good Name", "a@example.org", "--region", "Atlantis"], "Unknown region “Atlantis”"),
        (["x" * 201, "a@example.org"], "too long"),
    ],
)
def test_bad_input_gets_a_clear_message_and_changes_nothing(directory, london, args, message):
    before = snapshot()
    with pytest.raises(CommandError, match=message):
        call_command("hub_add_member", *args)
    assert snapshot() == before
    assert mail.outbox == []


def test_a_name_too_close_to_another_member_is_refused(directory):
    call_command("hub_add_member", "Roma Support Leeds", "ana@roma.example.org")
    before = snapshot()
    with pytest.raises(CommandError, match="too close to the existing member"):
        call_command("hub_add_member", "Roma support: Leeds!", "other@example.org")
    assert snapshot() == before


def test_admin_view_onboards_for_network_editors(client_for, network_editor, london):
    client = client_for(network_editor)
    url = reverse("hub_onboard_member")
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "name": "Tamil Elders Croydon",
            "editor_email": "v@tamil.example.org",
            "regions": [london.pk],
        },
    )
    organisation = MemberOrganisationPage.objects.get(title="Tamil Elders Croydon", alias_of__isnull=True)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[organisation.pk])
    assert len(mail.outbox) == 1


def test_admin_view_keeps_what_was_typed_on_error(client_for, network_editor):
    client = client_for(network_editor)
    before = snapshot()
    response = client.post(
        reverse("hub_onboard_member"),
        {"name": "Tamil Elders Croydon", "editor_email": "v@tamil"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="Tamil Elders Croydon"' in html
    assert "valid email" in html
    assert snapshot() == before
    call_command("hub_add_member", "Tamil Elders Croydon", "first@tamil.example.org")
    before = snapshot()
    response = client.post(
        reverse("hub_onboard_member"),
        {"name": "Tamil Elders: Croydon!", "editor_email": "v@tamil.example.org", "trusted_publisher": "on"},
    )
    assert "too close to the existing member" in response.content.decode()
    assert 'value="v@tamil.example.org"' in response.content.decode()
    assert snapshot() == before


def test_admin_view_is_refused_to_member_editors(client_for, member_a):
    client = client_for(member_a.editor)
    response = client.get(reverse("hub_onboard_member"))
    assert response.status_code in (302, 403)
    response = client.post(reverse("hub_onboard_member"), {"name": "Sneaky", "editor_email": "s@example.org"})
    assert not MemberOrganisationPage.objects.filter(title="Sneaky").exists()


def test_failed_invitation_email_keeps_the_onboarding(directory, settings, capsys):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    call_command("hub_add_member", "Roma Support Leeds", "ana@roma.example.org")
    assert MemberOrganisationPage.objects.filter(title="Roma Support Leeds").exists()
    assert "could NOT be sent" in capsys.readouterr().out


def test_the_invitation_link_is_on_the_sites_own_address(directory, settings):
    settings.SITE_URL = "https://hub.example.org"
    call_command("hub_add_member", "Roma Support Leeds", "ana@roma.example.org")
    (message,) = mail.outbox
    assert "https://hub.example.org/admin/password_reset/confirm/" in message.body
