from django.core.management.base import BaseCommand

from newsletter.sending import due_issues, send_due_issues, send_until_done


class Command(BaseCommand):
    help = (
        "Queue the send of approved newsletter issues whose time has come, and carry on with stopped sends; "
        "with --now, send them in this process instead, at the network's rate."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", action="store_true", help="Send here and now, batch after batch, rather than queue the sends."
        )

    def handle(self, *args, now, **options):
        if not now:
            ids = send_due_issues()
            self.stdout.write(f"Issues queued for sending: {len(ids)}")
            return
        for issue_id in due_issues():
            outcome = send_until_done(issue_id)
            stopped = " (stopped by a failure: run again later)" if outcome["failed"] else ""
            self.stdout.write(f"Issue {issue_id}: {outcome['sent']} emails sent{stopped}")
