"""Queue (or, with --now, build here) the PDF of every published toolkit in every language.

Useful after an upgrade changes the PDF's layout, or when a site had no task worker running: a PDF that
matches what is published is kept unless --force is given.
"""

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand

from resources.models import ToolkitPage
from resources.toolkit_pdf import build_toolkit_pdf, stored_pdf


class Command(BaseCommand):
    help = "Queue the PDF of every published toolkit (build them in this process with --now)."

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="Build here and now instead of queueing.")
        parser.add_argument("--force", action="store_true", help="Rebuild PDFs that are already up to date.")

    def handle(self, *args, now=False, force=False, **options):
        toolkits = ToolkitPage.objects.live().filter(alias_of__isnull=True)
        for toolkit in toolkits:
            if force and (name := stored_pdf(toolkit)):
                default_storage.delete(name)
            if now:
                build_toolkit_pdf.call(toolkit.pk)
            else:
                build_toolkit_pdf.enqueue(toolkit.pk)
        self.stdout.write(f"{'Built' if now else 'Queued'} the PDFs of {toolkits.count()} toolkit(s).")
