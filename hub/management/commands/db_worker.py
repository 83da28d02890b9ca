"""`hub db_worker`: django_tasks_db's worker command with the hub's worker, which survives database restarts
and requeues what dead workers left running (hub.worker). The hub's app comes first in INSTALLED_APPS, so this
command is the one `db_worker` runs."""

import logging

from django_tasks_db.management.commands import db_worker

from hub.worker import ResilientWorker


class Command(db_worker.Command):
    def configure_logging(self, verbosity):
        super().configure_logging(verbosity)
        if verbosity == 1:
            # The hub's worker runs the library's in rounds, each of which it would announce ending.
            logging.getLogger("django_tasks_db").setLevel(logging.WARNING)

    def handle(self, *args, **options):
        # The library's handle() builds its worker from the `Worker` of its module: this one takes its place.
        db_worker.Worker = ResilientWorker
        super().handle(*args, **options)
