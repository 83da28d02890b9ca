"""Every bundled plugin has one shape (the README's checklist), so that a reader finds the same file for the same
job in each, and a new plugin starts by copying one."""

from pathlib import Path

import pytest
from django.apps import apps

from hub.plugins import plugin_registry

ROOT = Path(__file__).resolve().parents[2]


def bundled_plugins():
    return [info for info in plugin_registry.installed() if Path(apps.get_app_config(info.label).path).parent == ROOT]


def test_every_bundled_plugin_is_checked():
    assert {info.label for info in bundled_plugins()} >= {"resources", "oral_histories", "events", "campaigns"}


@pytest.mark.parametrize("info", bundled_plugins(), ids=lambda info: info.label)
def test_each_file_of_the_checklist_is_where_the_checklist_says(info):
    folder = Path(apps.get_app_config(info.label).path)
    present = {path.name for path in folder.iterdir()}
    required = {"apps.py", "views.py", "factories.py", "demo", "templates", "migrations"}
    if info.index_page_type:
        required.add("filters.py")  # its listing's public filters
    if info.home_sections or info.profile_sections:
        required.add("sections.py")
    if info.personal_data:
        required.add("personal_data.py")
    assert required <= present, f"{info.label} lacks {sorted(required - present)}"
    assert {"models.py", "models"} & present, f"{info.label} has no models"
    assert (folder / "templates" / info.label).is_dir()
    assert (folder / "demo" / "content.yaml").is_file(), "demo content is data, beside its builder"
    # The names of the shape before it was one.
    assert not {"listing.py", "feeds.py", "demo_data.py", "demo_translations.py"} & present
