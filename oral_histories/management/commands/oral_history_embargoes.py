from django.core.management.base import BaseCommand

from oral_histories.access import lift_ended_embargoes


class Command(BaseCommand):
    help = "Make public the oral history interviews whose embargo has ended (run daily)."

    def handle(self, *args, **options):
        count = lift_ended_embargoes()
        self.stdout.write(f"{count} interview(s) out of embargo.")
