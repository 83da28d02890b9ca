from django.core.management.base import BaseCommand

from hub.language_trees import missing_pages, restore_missing_pages


class Command(BaseCommand):
    help = (
        "Find pages missing from some languages' page trees and put them back, as aliases of their original "
        "until they are translated. Safe to repeat."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only report what is missing")

    def handle(self, *args, **options):
        missing = missing_pages() if options["dry_run"] else restore_missing_pages()
        if not missing:
            self.stdout.write(self.style.SUCCESS("Every language's tree holds every page."))
            return
        verb = "missing from" if options["dry_run"] else "restored in"
        for entry in missing:
            codes = ", ".join(locale.language_code for locale in entry.locales)
            self.stdout.write(f"“{entry.original.title}” ({entry.original.url_path}): {verb} {codes}")
        summary = f"{len(missing)} page(s) {verb} some languages' trees."
        if options["dry_run"]:
            self.stdout.write(self.style.WARNING(f"{summary} Run without --dry-run to restore them."))
        else:
            self.stdout.write(self.style.SUCCESS(summary))
