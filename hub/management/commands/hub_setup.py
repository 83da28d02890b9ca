from django.core.management.base import BaseCommand

from hub.setup import ensure_setup


class Command(BaseCommand):
    help = "Create the languages, locales, network roles and page tree a fresh hub needs (safe to repeat)."

    def handle(self, *args, **options):
        home = ensure_setup()
        self.stdout.write(self.style.SUCCESS(f"The hub is set up; its home page is “{home.title}”."))
