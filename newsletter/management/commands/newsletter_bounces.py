import sys

from django.core.management.base import BaseCommand

from hub.personal_data import normalise_email
from newsletter.bounces import unsubscribe_bounced


class Command(BaseCommand):
    help = "Unsubscribe addresses whose mail bounced for good: given as arguments, or one a line on standard input."

    def add_arguments(self, parser):
        parser.add_argument("addresses", nargs="*")

    def handle(self, *args, addresses, **options):
        found = addresses or [line for line in sys.stdin.read().splitlines() if line.strip()]
        count = unsubscribe_bounced({normalise_email(address) for address in found})
        self.stdout.write(f"Unsubscribed: {count}")
