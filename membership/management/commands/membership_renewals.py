from django.core.management.base import BaseCommand

from membership.tasks import renew_memberships


class Command(BaseCommand):
    help = (
        "Queue today's round of membership renewals: reminders before renewal dates, lapsing unpaid full "
        "memberships, and making them associate after the grace period. Run it daily (cron or a scheduler)."
    )

    def handle(self, *args, **options):
        result = renew_memberships.enqueue()
        self.stdout.write(f"Queued the renewals round ({result.id}).")
