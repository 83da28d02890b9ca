"""`hub hub_worker_alive`: exits 0 when the background worker beat recently, 1 otherwise (for a supervisor or a
monitoring check; README, Operations)."""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand

from hub.worker import seconds_since_last_beat


class Command(BaseCommand):
    help = "Exit 0 if the background worker (hub db_worker) showed it was alive within HUB_WORKER_HEARTBEAT_MAX_AGE."

    def handle(self, *args, **options):
        age = seconds_since_last_beat()
        if age is None:
            self.stderr.write(f"The worker has never beaten ({settings.HUB_WORKER_HEARTBEAT_FILE} is missing).")
            sys.exit(1)
        if age > settings.HUB_WORKER_HEARTBEAT_MAX_AGE:
            self.stderr.write(
                f"The worker last beat {age:.0f} s ago (more than {settings.HUB_WORKER_HEARTBEAT_MAX_AGE} s)."
            )
            sys.exit(1)
        self.stdout.write(f"The worker beat {age:.0f} s ago.")
