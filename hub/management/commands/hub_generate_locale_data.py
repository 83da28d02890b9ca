from django.core.management.base import BaseCommand

from hub.locale_data import generated_files


class Command(BaseCommand):
    help = (
        "Write the date format modules (hub/formats/) and the day and month names (hub/date_names/) of every "
        "interface language from CLDR (Babel)."
    )

    def handle(self, *args, **options):
        for path, text in generated_files().items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        self.stdout.write(f"Wrote {len(generated_files())} file(s).")
