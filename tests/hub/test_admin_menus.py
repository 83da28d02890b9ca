"""Each role sees the admin menu items it can use, and every item it sees works for it."""

import pytest
from django.test import RequestFactory
from django.urls import reverse
from wagtail.admin.menu import admin_menu

from tests.support.people import make_member

pytestmark = pytest.mark.django_db

EVERYONE_WITH_PAGES = {"explorer", "images", "documents", "media"}
PLUGINS_FOR_MEMBERS = {"event_registrations", "campaigns"}


def menu_for(user):
    """{name: url} of the menu items (and submenu items) the user is shown."""
    request = RequestFactory().get("/admin/")
    request.user = type(user).objects.get(pk=user.pk)  # nothing cached from an earlier request
    shown = {}
    for item in admin_menu.menu_items_for_request(request):
        submenu = getattr(item, "menu", None)
        for entry in submenu.menu_items_for_request(request) if submenu else [item]:
            shown[entry.name] = entry.url
    return shown


@pytest.fixture
def roles(member_a, network_editor, arabic_translator, arabic_reviewer, london):
    trusted = make_member(
        "Kurdish Community Centre",
        "editor@kurdish.example.org",
        regions=["london"],
        trusted_publisher=True,
    )
    return {
        "member editor": member_a.editor,
        "trusted publisher": trusted.editor,
        "translator": arabic_translator,
        "language reviewer": arabic_reviewer,
        "network editor": network_editor,
    }


def test_translators_and_reviewers_see_no_menus_for_members_work(roles):
    menus = {role: set(menu_for(user)) for role, user in roles.items()}
    for role in ("member editor", "trusted publisher", "network editor"):
        assert PLUGINS_FOR_MEMBERS <= menus[role], role
    for role in ("translator", "language reviewer"):
        assert not PLUGINS_FOR_MEMBERS & menus[role], role
    assert "translation-status" in menus["translator"] and "translation-status" not in menus["member editor"]
    assert not EVERYONE_WITH_PAGES & menus["language reviewer"]
    network_only = {"add-a-member", "editorial-workflow", "oral_history_access_requests", "users"}
    assert network_only <= menus["network editor"]
    for role in ("member editor", "trusted publisher", "translator", "language reviewer"):
        assert not network_only & menus[role], role


def test_every_item_a_role_sees_opens_for_it(client_for, roles):
    for role, user in roles.items():
        client = client_for(user)
        for name, url in menu_for(user).items():
            if url.startswith("/admin/"):
                response = client.get(url, follow=True)
                # Refusals end on the dashboard with a message, or as 403.
                assert response.status_code == 200, (role, name, url, response.status_code)
                assert response.request["PATH_INFO"] != reverse("wagtailadmin_home"), (role, name, url)
