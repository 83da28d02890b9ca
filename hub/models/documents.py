"""Documents that know which language they are written in.

A report often exists in several languages. wagtail-localize lets a translator give each translated page
its own version of a document (an override of the document chooser); the language recorded here lets the
site say which language the visitor is about to download, above all when no version in theirs exists.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index


def document_language_choices():
    """Every language the network works in, named in itself and in the editor's language."""
    return [
        (code, name_local if gettext(name) == name_local else f"{name_local} ({gettext(name)})")
        for code, name, name_local in settings.HUB_SPOKEN_LANGUAGES
    ]


class HubDocument(AbstractDocument):
    # A callable keeps the list in settings, not frozen into a migration.
    language = models.CharField(
        _("language"),
        max_length=12,
        blank=True,
        choices=document_language_choices,
        help_text=_("The language the document is written in; leave empty if it has no text or mixes languages."),
    )

    admin_form_fields = (*Document.admin_form_fields, "language")
    search_fields = [*AbstractDocument.search_fields, index.FilterField("language")]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @property
    def language_name_local(self):
        """The document's language named in itself ("العربية", "Soomaali"), for a label marked with `lang`."""
        names = {code: name_local for code, _name, name_local in settings.HUB_SPOKEN_LANGUAGES}
        return names.get(self.language, self.language)
