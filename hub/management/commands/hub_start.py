import os
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from hub.absolute_urls import absolute_url


def served_address(addrport):
    """The address runserver serves on, given its addrport ("8000", "127.0.0.1:8000", "[::1]:8000")."""
    host, _colon, port = addrport.rpartition(":")
    return f"http://{host or '127.0.0.1'}:{port}"


def use_served_address(addrport):
    """Links in emails, calendars and feeds lead to the quick start's own server, unless SITE_URL says
    otherwise; the worker, a process of its own, reads it from the environment."""
    if not os.environ.get("SITE_URL"):
        os.environ["SITE_URL"] = settings.SITE_URL = settings.WAGTAILADMIN_BASE_URL = served_address(addrport)


class Command(BaseCommand):
    help = (
        "The quick start: compile catalogues, migrate, build the demo network, and serve on 127.0.0.1:8000 "
        "with a background worker beside the server."
    )

    def add_arguments(self, parser):
        parser.add_argument("--addrport", default="127.0.0.1:8000")
        parser.add_argument(
            "--no-serve",
            action="store_true",
            help="Prepare everything but do not start the server",
        )

    def handle(self, *args, **options):
        use_served_address(options["addrport"])
        call_command("hub_compilemessages")
        call_command("migrate", interactive=False, verbosity=0)
        call_command("hub_demo")
        self.stdout.write(f"Database: {settings.DATABASES['default']['NAME']}. Admin at {absolute_url('/admin/')}")
        if not settings.HUB_REQUIRE_2FA:
            self.stdout.write(
                "Two-factor authentication is optional here (HUB_REQUIRE_2FA is off); production settings require "
                "it of administrators and network editors."
            )
        if options["no_serve"]:
            return
        # Uploaded documents' text is read by the worker (hub.tasks); it stops when the server does.
        worker = subprocess.Popen([sys.executable, "-m", "hub.manage", "db_worker"])
        try:
            call_command("runserver", options["addrport"], use_reloader=False)
        finally:
            worker.terminate()
            worker.wait()
