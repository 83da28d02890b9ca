from django.core.management.base import BaseCommand

from newsletter.drafting import draft_issues


class Command(BaseCommand):
    help = "Draft this week's newsletter issue in each language from what was published in it since its last issue."

    def handle(self, *args, **options):
        drafts = draft_issues()
        self.stdout.write(f"Issues drafted: {len(drafts)}")
