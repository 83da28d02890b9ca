from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "The quick start: compile catalogues, migrate, build the demo network and serve on 127.0.0.1:8000."

    def add_arguments(self, parser):
        parser.add_argument("--addrport", default="127.0.0.1:8000")
        parser.add_argument(
            "--no-serve",
            action="store_true",
            help="Prepare everything but do not start the server",
        )

    def handle(self, *args, **options):
        call_command("hub_compilemessages")
        call_command("migrate", interactive=False, verbosity=0)
        call_command("hub_demo")
        self.stdout.write(
            f"Database: {settings.DATABASES['default']['NAME']}. Admin at http://{options['addrport']}/admin/"
        )
        if not options["no_serve"]:
            call_command("runserver", options["addrport"], use_reloader=False)
