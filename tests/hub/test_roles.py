"""Network roles and what member editors see: their own space, their own collection."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.permission_policies.pages import PagePermissionPolicy

from hub.models import Theme
from hub.roles import ADMINISTRATORS, NETWORK_EDITOR_PERMISSION, NETWORK_EDITORS, is_network_editor, permission

pytestmark = pytest.mark.django_db


def test_roles_exist_after_migrate_and_hub_setup_is_repeatable(home):
    call_command("hub_setup")
    call_command("hub_setup")
    assert Group.objects.filter(name=NETWORK_EDITORS).count() == 1
    assert Group.objects.filter(name=ADMINISTRATORS).count() == 1
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()


def test_network_editors_edit_and_publish_everywhere(network_editor, member_a, member_b):
    policy = PagePermissionPolicy()
    for organisation in (member_a.organisation, member_b.organisation):
        assert policy.user_has_permission_for_instance(network_editor, "change", organisation)
        assert policy.user_has_permission_for_instance(network_editor, "publish", organisation)
    assert network_editor.has_perm("hub.onboard_member")


def test_network_editors_manage_taxonomy_and_members_do_not(client_for, network_editor, member_a):
    url = reverse("wagtailsnippets_hub_theme:add")
    client = client_for(network_editor)
    response = client.post(url, {"name": "Detention", "slug": "detention", "description": "", "locale": "1"})
    assert response.status_code == 302
    assert Theme.objects.filter(slug="detention").exists()

    client = client_for(member_a.editor)
    response = client.post(url, {"name": "Sneaky", "slug": "sneaky", "description": ""})
    assert response.status_code in (302, 403)
    assert not Theme.objects.filter(slug="sneaky").exists()
    assert "Taxonomy" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_member_editor_explorer_starts_at_their_own_space(client_for, member_a, member_b):
    client = client_for(member_a.editor)
    assert PagePermissionPolicy().explorable_root_instance(member_a.editor).pk == member_a.organisation.pk
    html = client.get(reverse("wagtailadmin_explore", args=[member_a.organisation.pk])).content.decode()
    assert member_a.organisation.title in html.replace("&#x27;", "'")
    assert member_b.organisation.title not in html


def test_member_editors_choose_only_from_their_own_collection(client_for, member_a, member_b):
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    from hub.demo.logos import make_logo

    Image = get_image_model()
    Image.objects.create(
        title="Amani banner", file=ImageFile(make_logo("A", 0), name="a.png"), collection=member_a.collection
    )
    Image.objects.create(
        title="Baile banner", file=ImageFile(make_logo("B", 1), name="b.png"), collection=member_b.collection
    )
    html = client_for(member_a.editor).get(reverse("wagtailimages_chooser:choose")).content.decode()
    assert "Amani banner" in html
    assert "Baile banner" not in html


def test_setup_makes_its_pages_in_the_default_language_whatever_language_is_active(directory):
    from django.utils import translation

    from hub.models import MembersIndexPage
    from hub.setup import ensure_setup

    directory.delete()  # as after a flush, when setup runs again in whatever language was last active
    with translation.override("ar"):
        ensure_setup()
    assert MembersIndexPage.objects.get(locale__language_code="en").title == "Member organisations"


@pytest.fixture
def administrator(db):
    from tests.support.people import person

    return person("admin-role", ADMINISTRATORS)


@pytest.fixture
def cached_page(settings):
    """A cached public page, as wagtail-cache keeps it: a response and the keyring entry naming its address."""
    from django.core.cache import caches

    settings.WAGTAIL_CACHE = True
    pages = caches[settings.WAGTAIL_CACHE_BACKEND]
    pages.set("cached-search", "a response")
    pages.set("keyring", {"/en/search/?q=asylum+appeal": ["cached-search"]})
    return pages


@pytest.mark.parametrize("role", ["member editor", "translator", "network editor"])
def test_only_administrators_see_or_clear_the_page_cache(client_for, cached_page, member_a, network_editor, role):
    from hub.roles import translators_group_name
    from tests.support.people import person

    user = {
        "member editor": member_a.editor,
        "translator": person("layla", translators_group_name("ar")),
        "network editor": network_editor,
    }[role]
    client = client_for(user)

    index = client.get(reverse("wagtailcache_admin:index"), follow=True)
    assert "asylum+appeal" not in index.content.decode()
    for method in (client.get, client.post):
        response = method(reverse("wagtailcache_admin:clearcache"))
        assert response.status_code == 403 or response.url == reverse("wagtailadmin_home")
    assert cached_page.get("cached-search") == "a response"


def test_administrator_clears_the_page_cache_by_post_only(client_for, cached_page, administrator):
    client = client_for(administrator)
    assert "asylum+appeal" in client.get(reverse("wagtailcache_admin:index")).content.decode()

    confirmation = client.get(reverse("wagtailcache_admin:clearcache")).content.decode()
    assert '<form method="post">' in confirmation and "Clear the page cache" in confirmation
    assert cached_page.get("cached-search") == "a response"

    assert client.post(reverse("wagtailcache_admin:clearcache")).status_code == 302
    assert cached_page.get("cached-search") is None


def test_clearing_the_page_cache_needs_the_csrf_token(cached_page, administrator):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(administrator)
    assert client.post(reverse("wagtailcache_admin:clearcache")).status_code == 403
    assert cached_page.get("cached-search") == "a response"


@pytest.mark.parametrize("url_name", ["wagtailsearchpromotions:chooser", "wagtailsearchpromotions:chooserresults"])
def test_visitors_search_queries_are_shown_to_the_network_team_only(client_for, member_a, network_editor, url_name):
    from wagtail.contrib.search_promotions.models import Query

    from hub.roles import translators_group_name
    from tests.support.people import person

    Query.get("asylum appeal deadline").add_hit()
    for user in (member_a.editor, person("layla", translators_group_name("ar"))):
        response = client_for(user).get(reverse(url_name), follow=True)
        assert "asylum appeal deadline" not in response.content.decode()
    assert "asylum appeal deadline" in client_for(network_editor).get(reverse(url_name)).content.decode()


def test_translations_report_is_for_those_who_translate(client_for, member_a, network_editor):
    from hub.roles import translators_group_name
    from tests.support.people import person

    url = reverse("wagtail_localize:translations_report")
    member = client_for(member_a.editor)
    assert member.get(url, follow=True).redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert url not in member.get(reverse("wagtailadmin_home")).content.decode()
    for user in (network_editor, person("layla", translators_group_name("ar"))):
        assert client_for(user).get(url).status_code == 200


def test_a_network_editor_is_whoever_holds_the_permission_while_active(network_editor, member_a):
    assert is_network_editor(network_editor)
    assert not is_network_editor(member_a.editor)
    assert not is_network_editor(AnonymousUser())
    # A team the network names otherwise acts for it by holding the permission, not by its group's name.
    team = Group.objects.create(name="Équipe réseau")
    team.permissions.add(permission(*NETWORK_EDITOR_PERMISSION))
    colleague = get_user_model().objects.create_user("colleague")
    colleague.groups.add(team)
    assert is_network_editor(colleague)
    gone = get_user_model().objects.get(pk=network_editor.pk)
    gone.is_active = False
    assert not is_network_editor(gone)
    assert is_network_editor(get_user_model().objects.create_superuser("root", "root@example.org", "x"))
