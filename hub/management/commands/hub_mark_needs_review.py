"""Mark every translation of the given languages' interface catalogues `needs-review` (hub.interface_catalogues).

For translations made without a speaker of the language: a reviewer of the language confirms them in the admin.
The line is added to the file as it is, entry by entry, rather than by saving it again through polib, whose line
wrapping differs from gettext's: the diff is the added comments and nothing else. Running it again adds nothing.
"""

import polib
from django.core.management.base import BaseCommand, CommandError

from hub.interface_catalogues import NEEDS_REVIEW, catalogue_path, has_needs_review


def marked(text):
    """The catalogue's text with `# needs-review` above each translated entry that lacks it, and how many."""
    blocks = text.split("\n\n")
    count = 0
    for index, block in enumerate(blocks):
        # After an empty header: polib takes the comments above a file's first entry for the file's own.
        entries = polib.pofile(f'msgid ""\nmsgstr ""\n\n{block}\n') if "msgid" in block else []
        entry = entries[0] if len(entries) == 1 else None
        if entry is None or not entry.msgid or entry.obsolete or not entry.translated():
            continue
        if has_needs_review(entry.tcomment):
            continue
        # Translator comments come first in an entry, before the extracted ones, the references and the flags.
        blocks[index] = f"# {NEEDS_REVIEW}\n{block}"
        count += 1
    return "\n\n".join(blocks), count


class Command(BaseCommand):
    help = "Mark every translation in the interface catalogues of the given languages as needing a speaker's review."

    def add_arguments(self, parser):
        parser.add_argument("languages", nargs="+")

    def handle(self, *args, languages, **options):
        for language in languages:
            path = catalogue_path(language)
            if not path.exists():
                raise CommandError(f"No catalogue for {language!r} at {path}.")
            text, count = marked(path.read_text(encoding="utf-8"))
            path.write_text(text, encoding="utf-8")
            self.stdout.write(f"{language}: {count} translation(s) marked {NEEDS_REVIEW}.")
