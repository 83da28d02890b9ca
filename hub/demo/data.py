"""Demo content as data. Each demo folder (`hub/demo/`, a plugin's `demo/`) holds `content.yaml`, what its
builder builds, and `translations/<language>.po`, the demo's own translations of that content, written by
people: msgid is the English text as wagtail-localize extracts it (a title, a field, one paragraph of rich text).
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polib
import yaml

# libyaml's parser when PyYAML was built with it (its wheels are): several times faster.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class DemoData:
    content: dict
    # English source text -> {language code: translation}, as `hub.demo.translate` reads them.
    translations: dict
    # Source texts the .po files mark as place names: languages that write them as English does leave them out.
    place_names: frozenset


@cache
def load(folder):
    """The content and translations of a demo folder (a path, or a module's `__file__` inside it)."""
    folder = Path(folder)
    if folder.is_file():
        folder = folder.parent
    content = yaml.load((folder / "content.yaml").read_text(encoding="utf-8"), Loader=YAML_LOADER)
    translations, place_names = {}, set()
    for path in sorted((folder / "translations").glob("*.po")):
        catalogue = polib.pofile(str(path))
        for entry in catalogue.translated_entries():
            translations.setdefault(entry.msgid, {})[catalogue.metadata["Language"]] = entry.msgstr
            if entry.comment == "place name":
                place_names.add(entry.msgid)
    return DemoData(content, translations, frozenset(place_names))
