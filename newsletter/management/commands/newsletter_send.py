from django.core.management.base import BaseCommand

from newsletter.sending import send_due_issues


class Command(BaseCommand):
    help = "Queue the send of approved newsletter issues whose time has come, and carry on with stopped sends."

    def handle(self, *args, **options):
        ids = send_due_issues()
        self.stdout.write(f"Issues queued for sending: {len(ids)}")
