from django.core.management.base import BaseCommand
from wagtail.documents import get_document_model

from hub.document_text import TextStatus, extract_text


class Command(BaseCommand):
    help = (
        "Read now the text of every document still waiting for the background worker "
        "(for example documents uploaded before text was read); --again rereads them all."
    )

    def add_arguments(self, parser):
        parser.add_argument("--again", action="store_true", help="Reread documents already read")

    def handle(self, *args, **options):
        documents = get_document_model().objects.order_by("pk")
        if options["again"]:
            documents.update(text_status=TextStatus.WAITING)
        for document in documents.filter(text_status=TextStatus.WAITING).iterator():
            extract_text(document)
            self.stdout.write(f"{document.title}: {document.get_text_status_display()}")
