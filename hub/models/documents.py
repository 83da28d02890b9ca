"""Documents that know which language they are written in.

A report often exists in several languages. wagtail-localize lets a translator give each translated page
its own version of a document (an override of the document chooser); the language recorded here lets the
site say which language the visitor is about to download, above all when no version in theirs exists.
"""

from functools import partial

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index

from hub.document_text import UNREADABLE, TextStatus
from hub.language_names import language_name, own_name


def document_language_choices():
    """Every language the network works in, named in itself and in the editor's language (CLDR)."""
    choices = []
    for code, _name, _local in settings.HUB_SPOKEN_LANGUAGES:
        translated, own = language_name(code), own_name(code)
        choices.append((code, own if translated == own else f"{own} ({translated})"))
    return choices


class HubDocument(AbstractDocument):
    # A callable keeps the list in settings, not frozen into a migration.
    language = models.CharField(
        _("language"),
        max_length=12,
        blank=True,
        choices=document_language_choices,
        help_text=_("The language the document is written in; leave empty if it has no text or mixes languages."),
    )

    # Read from the file in the background (hub.document_text), never typed by editors.
    text = models.TextField(_("text"), blank=True, editable=False)
    text_status = models.CharField(
        _("text for search"), max_length=12, choices=TextStatus.choices, default=TextStatus.WAITING, editable=False
    )

    admin_form_fields = (*Document.admin_form_fields, "language")
    search_fields = [
        *AbstractDocument.search_fields,
        index.SearchField("text"),
        index.FilterField("language"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def clean(self):
        # Without a file (refused by the form, which says why) Wagtail's extension check would add a second,
        # puzzling error about the extension “”.
        if self.file:
            super().clean()

    def save(self, *args, **kwargs):
        file_is_new = self.file_is_new()
        if file_is_new:
            self.text, self.text_status = "", TextStatus.WAITING
        super().save(*args, **kwargs)
        if file_is_new:
            from hub.tasks import extract_document_text

            # After commit: the worker must find the document and its file when it looks.
            transaction.on_commit(partial(extract_document_text.enqueue, self.pk))

    def file_is_new(self):
        """Whether this save brings a file the stored text was not read from (a first upload or a replacement)."""
        if not self.file:
            return False
        if not getattr(self.file, "_committed", True) or self.pk is None:
            return True
        return not type(self).objects.filter(pk=self.pk, file=self.file.name).exists()

    @property
    def text_unreadable(self):
        return self.text_status in UNREADABLE

    @property
    def language_name_local(self):
        """The document's language named in itself ("العربية", "Soomaali"), for a label marked with `lang`."""
        names = {code: name_local for code, _name, name_local in settings.HUB_SPOKEN_LANGUAGES}
        return names.get(self.language, self.language)
