import os
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


def compile_catalogues(locale_paths):
    """Compile every .po under the given folders that is newer than its .mo; needs no GNU gettext."""
    compiled = []
    for folder in locale_paths:
        for po_path in Path(folder).glob("*/LC_MESSAGES/*.po"):
            mo_path = po_path.with_suffix(".mo")
            if not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
                # Written aside, then renamed: a process reading the catalogue meanwhile (another test worker, a
                # running server) sees the old file or the new one, never half of one.
                partial = mo_path.with_name(f".{mo_path.name}.{os.getpid()}")
                polib.pofile(str(po_path)).save_as_mofile(str(partial))
                os.replace(partial, mo_path)
                compiled.append(po_path)
    return compiled


class Command(BaseCommand):
    help = (
        "Compile the interface catalogues in LOCALE_PATHS (locales/, and hub/admin_translations/ for Wagtail's "
        "strings): pure Python, so no gettext install is needed."
    )

    def handle(self, *args, **options):
        compiled = compile_catalogues(settings.LOCALE_PATHS)
        self.stdout.write(f"Compiled {len(compiled)} catalogue(s).")
