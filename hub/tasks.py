"""Background work of the hub itself, run by `hub db_worker` (django-tasks with its database queue)."""

from django_tasks import task
from wagtail.documents import get_document_model

from hub.document_text import extract_text


@task()
def extract_document_text(document_id):
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is not None:
        extract_text(document)
