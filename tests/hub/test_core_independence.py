"""The core never depends on a plugin: no module in hub/ imports one, nor names one of its modules, callables or
models in a string (import_string, apps.get_model), so that any plugin can be switched off or left out."""

import ast
import re
from pathlib import Path

from django.apps import apps

from hub.plugins import HubPluginConfig

HUB = Path(__file__).parents[2] / "hub"
# The test settings are the one place in hub/ that must name a plugin: they install the one that exists for tests.
ALLOWED = {HUB / "settings" / "test.py"}
DOTTED = re.compile(r"[A-Za-z_]\w*(\.\w+)+")


def plugin_names():
    """Each plugin app's module and label (model names start with the label: "events.EventPage")."""
    configs = [config for config in apps.get_app_configs() if isinstance(config, HubPluginConfig)]
    return {config.name for config in configs} | {config.label for config in configs}


def names_used(path):
    """Every module imported and every string that is a dotted name, absolute imports only (a relative one
    stays inside hub/)."""
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.module
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and DOTTED.fullmatch(node.value):
            yield node.value


def test_no_module_of_the_core_imports_or_names_a_plugin():
    plugins = plugin_names()
    assert {"resources", "events", "campaigns", "tests.testapp"} <= plugins
    coupled = [
        f"{path.relative_to(HUB.parent)}: {name}"
        for path in sorted(HUB.rglob("*.py"))
        if "migrations" not in path.parts and path not in ALLOWED
        for name in names_used(path)
        if any(name == plugin or name.startswith(f"{plugin}.") for plugin in plugins)
    ]
    assert coupled == []
