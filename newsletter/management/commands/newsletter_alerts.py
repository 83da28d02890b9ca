from django.core.management.base import BaseCommand

from newsletter.alerts import send_alerts


class Command(BaseCommand):
    help = (
        "Email each subscriber who asked for alerts the policy opportunities published on their themes or regions "
        "since their last alert (at most one a day each). Run it every hour or so."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Alerts sent: {send_alerts()}")
