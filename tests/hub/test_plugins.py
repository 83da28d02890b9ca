"""The plugin mechanism, proven with tests/testapp: a plugin that exists only for tests."""

from dataclasses import replace

import pytest
from django.apps import apps
from django.urls import reverse

from hub.checks import check_plugins
from hub.demo import DemoNetwork, build_plugins
from hub.plugins import HubPluginConfig, plugin_registry
from tests.support.people import PASSWORD
from tests.testapp.models import NetworkNoticePage, NoticeIndexPage, NoticePage

pytestmark = pytest.mark.django_db


def add_choices(client, parent):
    response = client.get(reverse("wagtailadmin_pages:add_subpage", args=[parent.pk]))
    return response


def test_registry_reports_what_the_plugin_declares():
    info = plugin_registry.get("testapp")
    assert str(info.name) == "Test plugin"
    assert NoticePage in plugin_registry.member_page_models()
    assert NetworkNoticePage in plugin_registry.network_page_models()
    assert NoticeIndexPage in plugin_registry.index_page_models()
    # Bundled plugins (resources, …) declare theirs too: look at what this plugin declared.
    assert [section.key for section in plugin_registry.home_sections() if section.plugin == "testapp"] == ["notices"]
    assert [facet.key for facet in plugin_registry.search_facets() if facet.plugin == "testapp"] == ["urgency"]


def test_enabled_plugin_page_type_is_creatable_in_member_spaces(member_a, client_for):
    client = client_for(member_a.editor)
    response = client.get(reverse("wagtailadmin_pages:add_subpage", args=[member_a.organisation.pk]))
    assert response.status_code == 200
    assert "Notice page" in response.content.decode()
    create_url = reverse("wagtailadmin_pages:add", args=["testapp", "noticepage", member_a.organisation.pk])
    response = client.post(create_url, {"title": "Office closed Friday", "slug": "office-closed", "urgency": "high"})
    assert response.status_code == 302
    assert NoticePage.objects.child_of(member_a.organisation).filter(title="Office closed Friday").exists()


def test_network_only_types_are_not_offered_in_member_spaces(member_a, home):
    assert NetworkNoticePage not in member_a.organisation.specific_class.creatable_subpage_models()
    assert NetworkNoticePage.can_create_at(home)
    assert not NetworkNoticePage.can_create_at(member_a.organisation)


def test_disabled_plugin_disappears_but_its_rows_remain(settings, member_a, client_for, client, home):
    notice = member_a.organisation.add_child(instance=NoticePage(title="Food bank open", urgency="normal"))
    notice.save_revision().publish()
    assert client.get(notice.url).status_code == 200
    profile = client.get(member_a.organisation.url).content.decode()
    assert "Food bank open" in profile

    settings.HUB_DISABLED_PLUGINS = ["testapp"]

    editor = client_for(member_a.editor)
    choices = editor.get(reverse("wagtailadmin_pages:add_subpage", args=[member_a.organisation.pk])).content.decode()
    assert "Notice page" not in choices
    create_url = reverse("wagtailadmin_pages:add", args=["testapp", "noticepage", member_a.organisation.pk])
    assert not NoticePage.objects.filter(title="Sneaky").exists()
    editor.post(create_url, {"title": "Sneaky", "slug": "sneaky", "urgency": "high"})
    assert not NoticePage.objects.filter(title="Sneaky").exists()
    editor.logout()

    assert "Food bank open" not in client.get(member_a.organisation.url).content.decode()
    assert client.get(notice.url).status_code == 404
    assert "Latest notices" not in client.get(home.url).content.decode()
    assert NoticePage not in plugin_registry.member_page_models()
    # The data is untouched: switching the plugin back on brings it all back.
    assert NoticePage.objects.filter(pk=notice.pk, live=True, urgency="normal").exists()
    settings.HUB_DISABLED_PLUGINS = []
    assert client.get(notice.url).status_code == 200


def test_home_page_shows_enabled_plugin_sections(member_a, client, home):
    notice = member_a.organisation.add_child(instance=NoticePage(title="Legal clinic on Tuesday"))
    notice.save_revision().publish()
    html = client.get(home.url).content.decode()
    assert "Latest notices" in html
    assert "Legal clinic on Tuesday" in html


def test_profile_page_shows_enabled_plugin_sections_with_something_to_list(settings, member_a, client):
    profile_url = member_a.organisation.url
    assert "Urgent notices" not in client.get(profile_url).content.decode()
    notice = member_a.organisation.add_child(instance=NoticePage(title="Evictions advice today", urgency="high"))
    notice.save_revision().publish()
    html = client.get(profile_url).content.decode()
    assert "Urgent notices" in html
    assert '<ul class="urgent-notices"><li>Evictions advice today</li></ul>' in html

    settings.HUB_DISABLED_PLUGINS = ["testapp"]
    assert "Urgent notices" not in client.get(profile_url).content.decode()


def test_plugin_admin_menu_item_follows_enabled_state(settings, network_editor, client_for):
    client = client_for(network_editor)
    assert reverse("testapp_notices") in client.get(reverse("wagtailadmin_home")).content.decode()
    settings.HUB_DISABLED_PLUGINS = ["testapp"]
    assert reverse("testapp_notices") not in client.get(reverse("wagtailadmin_home")).content.decode()


def bundled_plugins():
    return [info.label for info in plugin_registry.installed() if info.label != "testapp"]


def small_network(home, directory, member_a):
    return DemoNetwork(
        home=home,
        directory=directory,
        password=PASSWORD,
        members={member_a.organisation.slug: member_a.organisation},
    )


def test_demo_builder_of_enabled_plugin_runs(settings, home, directory, member_a):
    # Only the test plugin's builder matters here; the bundled plugins' builders are tested with the demo.
    settings.HUB_DISABLED_PLUGINS = bundled_plugins()
    build_plugins(small_network(home, directory, member_a))
    assert NoticePage.objects.filter(title="Drop-in moved to Thursday").exists()


def test_demo_builder_of_disabled_plugin_does_not_run(settings, home, directory, member_a):
    settings.HUB_DISABLED_PLUGINS = ["testapp", *bundled_plugins()]
    build_plugins(small_network(home, directory, member_a))
    assert not NoticePage.objects.exists()


def test_system_check_refuses_a_plugin_without_meta(monkeypatch):
    app_config = apps.get_app_config("testapp")
    assert isinstance(app_config, HubPluginConfig)
    assert check_plugins() == []
    monkeypatch.delattr(type(app_config), "HubPluginMeta")
    errors = check_plugins()
    assert [error.id for error in errors] == ["hub.E001"]


def test_system_check_refuses_an_unknown_declaration(monkeypatch):
    meta = type(apps.get_app_config("testapp")).HubPluginMeta
    monkeypatch.setattr(meta, "member_pages", ["testapp.NoticePage"], raising=False)
    assert [error.id for error in check_plugins()] == ["hub.E003"]


def test_system_check_refuses_an_incompatible_plugin(monkeypatch):
    meta = type(apps.get_app_config("testapp")).HubPluginMeta
    monkeypatch.setattr(meta, "compatibility", ">=99")
    assert [error.id for error in check_plugins()] == ["hub.E002"]


def test_system_check_names_a_declared_path_that_does_not_import(monkeypatch):
    meta = type(apps.get_app_config("testapp")).HubPluginMeta
    monkeypatch.setattr(meta, "demo_builder", "tests.testapp.demo.biuld")
    section = meta.profile_sections[0]
    monkeypatch.setattr(meta, "profile_sections", [replace(section, items="tests.testapp.sektions.urgent")])
    errors = check_plugins()
    assert [error.id for error in errors] == ["hub.E005", "hub.E005"]
    assert "Plugin 'testapp' declares profile_sections[0].items = 'tests.testapp.sektions.urgent'" in errors[0].msg
    assert "Plugin 'testapp' declares demo_builder = 'tests.testapp.demo.biuld'" in errors[1].msg


def test_system_check_names_a_declared_model_that_does_not_exist(monkeypatch):
    meta = type(apps.get_app_config("testapp")).HubPluginMeta
    monkeypatch.setattr(meta, "member_page_types", ["testapp.NoticePage", "testapp.NotisPage"])
    monkeypatch.setattr(meta, "search_date_fields", {"NoticePage": "first_published_at"}, raising=False)
    errors = check_plugins()
    assert [error.id for error in errors] == ["hub.E006", "hub.E006"]
    assert "Plugin 'testapp' declares member_page_types with 'testapp.NotisPage'" in errors[0].msg
    assert "Plugin 'testapp' declares search_date_fields with 'NoticePage'" in errors[1].msg


def test_the_registry_reads_declarations_once_and_orders_plugins_by_their_meta(settings):
    assert plugin_registry.installed() is plugin_registry.installed()
    orders = [(info.order, info.label) for info in plugin_registry.installed()]
    assert orders == sorted(orders)
    # Which plugins are enabled is still read at every call.
    settings.HUB_DISABLED_PLUGINS = ["testapp"]
    assert "testapp" not in [info.label for info in plugin_registry.enabled()]


def test_bundled_plugins_are_found_through_the_entry_points_pip_installed(tmp_path, monkeypatch):
    """`pip install -e .` declares the bundled plugins in the "hub.plugins" group, as any plugin's distribution
    does; a distribution on the path that declares one more (or one already found) is found the same way."""
    from hub.plugins.discovery import installed_plugin_apps

    bundled = installed_plugin_apps()
    assert bundled == sorted(bundled)
    assert {"resources", "events", "campaigns"} <= set(bundled)

    dist_info = tmp_path / "hub_petitions-1.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: hub-petitions\nVersion: 1.0\n")
    (dist_info / "entry_points.txt").write_text("[hub.plugins]\npetitions = petitions\nevents = events\n")
    monkeypatch.syspath_prepend(str(tmp_path))

    assert installed_plugin_apps() == sorted([*bundled, "petitions"])
    assert installed_plugin_apps(exclude=["petitions", "events"]) == [app for app in bundled if app != "events"]


def test_a_plugin_setting_comes_from_django_settings_then_the_environment_then_its_default(settings, monkeypatch):
    from tests.testapp import conf

    monkeypatch.delenv("HUB_TESTAPP_SUBSCRIPTION_RETENTION_DAYS", raising=False)
    assert conf.subscription_retention_days() == 30
    monkeypatch.setenv("HUB_TESTAPP_SUBSCRIPTION_RETENTION_DAYS", "10")
    assert conf.subscription_retention_days() == 10
    settings.HUB_TESTAPP_SUBSCRIPTION_RETENTION_DAYS = 60
    assert conf.subscription_retention_days() == 60
