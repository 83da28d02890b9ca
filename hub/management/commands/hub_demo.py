import time

from django.core.management.base import BaseCommand
from django.db import connection

from hub.bulk_indexing import indexes_built_after
from hub.caching import whole_cache_purged_after
from hub.demo import build_network
from hub.scale import build_scale


class Command(BaseCommand):
    help = "Build (or complete) the demo network: members, editors, taxonomy, pages and every enabled plugin's demo."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Remove the demo content first and start over",
        )
        parser.add_argument(
            "--password",
            help="Password for every demo account (default: HUB_DEMO_PASSWORD or random)",
        )

        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            metavar="N",
            help="Then add N pages in bulk over the members, plugins and languages (for benchmarks)",
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        with indexes_built_after(), whole_cache_purged_after():
            network = build_network(reset=options["reset"], password=options["password"])
            if options["scale"]:
                scale_started = time.monotonic()
                made = build_scale(options["scale"], stdout=self.stdout)
                self.stdout.write(f"Added {made} pages in {time.monotonic() - scale_started:.1f} s.")
            indexing_started = time.monotonic()
        # Leaving the block indexes every page for references and search in one pass (the benchmarks read this).
        self.stdout.write(f"Indexed for references and search in {time.monotonic() - indexing_started:.1f} s.")
        if options["scale"] and connection.vendor == "postgresql":
            # Pages written in bulk leave the planner's statistics behind until autovacuum comes round; a
            # benchmark run at once would measure plans made for an empty site.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo network ready: {len(network.members)} member organisations, "
                f"built in {time.monotonic() - started:.1f} s."
            )
        )
        accounts = [("Admin:", "admin", ""), ("Network editor (reviews and publishes):", "network.editor", "")]
        # A member whose pages go through review, so the whole editorial round can be seen; then one the
        # network trusts to publish directly, labelled as such.
        for label, trusted in (("Member editor (submits for review):", False), ("Trusted publisher:", True)):
            organisation, email = next(
                (name, email) for name, email in network.accounts if network.members[name].trusted_publisher == trusted
            )
            accounts.append((label, email, f"  ({organisation})"))
        for label, username, organisation in accounts:
            self.stdout.write(f"  {label:<40} {username} / {network.password}{organisation}")
