"""Interface catalogues: complete in the languages listed in COMPLETE, valid in all of them."""

import os
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from hub.languages import ADMIN_LANGUAGE_CODES, HUB_LANGUAGES

LOCALES = Path(__file__).parents[1] / "locales"
# The languages whose catalogues must be complete: adding a language is one line.
COMPLETE = [
    "en",
    "ar",
    "fr",
    "so",
    "ckb",
    "fa",
    "ps",
    "ur",
    "ti",
    "am",
    "pl",
    "ro",
    "sq",
    "bn",
    "ta",
    "es",
    "pt",
]


def test_every_language_the_hub_serves_has_a_complete_catalogue():
    assert sorted(COMPLETE) == sorted(code for code, _name in HUB_LANGUAGES)


@pytest.mark.parametrize("language", COMPLETE)
def test_core_catalogues_are_complete(language):
    catalogue = polib.pofile(str(LOCALES / language / "LC_MESSAGES" / "django.po"))
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert missing == [] and fuzzy == [], f"{language}: untranslated {missing[:5]}, fuzzy {fuzzy[:5]}"


@pytest.mark.parametrize("language", COMPLETE)
def test_gnu_msgfmt_finds_the_catalogue_valid_and_complete(language):
    """GNU gettext's own check (format strings, plural forms, header), as a translator's tools would run it."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        if os.environ.get("HUB_REQUIRE_MSGFMT"):
            pytest.fail("GNU gettext's msgfmt is required here (apt-get install gettext).")
        pytest.skip("msgfmt is not installed (apt-get install gettext).")
    path = LOCALES / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        [msgfmt, "--check", "--statistics", "-o", os.devnull, str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    # Statistics go to stderr: "N translated messages." and, when there are any, fuzzy and untranslated counts.
    assert "translated messages" in result.stderr
    assert "fuzzy" not in result.stderr and "untranslated" not in result.stderr, result.stderr


@pytest.mark.parametrize("language", [code for code, _name in HUB_LANGUAGES])
def test_every_interface_language_has_a_catalogue_that_compiles(language):
    catalogue = polib.pofile(str(LOCALES / language / "LC_MESSAGES" / "django.po"))
    assert catalogue.metadata["Language"] == language
    assert "nplurals=" in catalogue.metadata["Plural-Forms"]
    assert catalogue.to_binary()


def test_the_admin_is_offered_only_in_languages_whose_catalogue_is_complete():
    assert set(ADMIN_LANGUAGE_CODES) <= set(COMPLETE)


@pytest.mark.parametrize("language", ["so", "ckb"])
@pytest.mark.parametrize(("domain", "at_least"), [("django", 300), ("djangojs", 80)])
def test_wagtails_own_strings_in_the_languages_it_lacks_are_translated_and_compile(language, domain, at_least):
    path = Path(__file__).parents[1] / "hub" / "admin_translations" / language / "LC_MESSAGES" / f"{domain}.po"
    catalogue = polib.pofile(str(path))
    assert catalogue.metadata["Language"] == language and len(catalogue) >= at_least
    assert catalogue.untranslated_entries() == [] and catalogue.fuzzy_entries() == []
    assert catalogue.to_binary()
