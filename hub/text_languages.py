"""Which language a piece of text is written in, so that text in another language than the page's carries its
own `lang` and `dir`: screen readers switch voice, and punctuation stays at the right end of right-to-left text.

An untranslated page in a language's tree is an alias of its source: its text, and so its language, is the
source's. Listings annotate that language once for all their pages (`with_text_language`)."""

import re

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from hub.per_request import active_locale, default_locale, within_request

LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def with_text_language(pages):
    """The pages, each with `text_language`: the language its text is in, and `source_language`: the language
    it was translated from (its own when it is a source), the language of names kept as written (a venue's);
    fetched in the same query."""
    source = TranslationSource.objects.filter(object_id=OuterRef("translation_key")).values("locale__language_code")
    return pages.annotate(
        text_language=Coalesce("alias_of__locale__language_code", "locale__language_code"),
        source_language=Coalesce(Subquery(source[:1]), "alias_of__locale__language_code", "locale__language_code"),
    )


def language_of(page):
    """`page.locale.language_code`, read from the locales a request keeps (hub.per_request) when the page is in the
    visitor's or the default language: most pages a visitor reads, each of which would otherwise ask for its locale.
    Outside a request nothing is kept, and the page asks (once: Django keeps the answer on the page)."""
    if within_request() and not Page.locale.is_cached(page):
        for locale in (active_locale(), default_locale()):
            if page.locale_id == locale.pk:
                return locale.language_code
    return page.locale.language_code


class TextInLanguage(str):
    """A string that knows which language it is in (a name from the database, shown inside translated text)."""

    def __new__(cls, text, language):
        text = super().__new__(cls, text)
        text.text_language = language
        return text

    def __reduce__(self):
        # Forms deep-copy their choices: the copy keeps the language.
        return TextInLanguage, (str(self), self.text_language)


def text_language(item):
    """The language of a TextInLanguage or of an annotated page; of a page, its source's; a code is itself, and
    so is a language's info (Django's get_language_info, as `shown_in` in the base template)."""
    if isinstance(item, dict):
        return item.get("code", "")
    known = getattr(item, "text_language", None)
    if known:
        return known
    if isinstance(item, Page):
        return language_of(item.alias_of if item.alias_of_id else item)
    # Any other string is a language code, or a text that does not know its language (then: nothing to mark).
    return item if isinstance(item, str) and LANGUAGE_CODE.fullmatch(item) else ""


def is_right_to_left(code):
    return code.split("-")[0] in settings.LANGUAGES_BIDI


def lang_attributes(code):
    """` lang="…" dir="…"` for an element holding text in `code`, or nothing when it is the page's language."""
    if not code or code == get_language():
        return ""
    return format_html(' lang="{}" dir="{}"', code, "rtl" if is_right_to_left(code) else "ltr")


def field_language(page, field_name):
    """The language of one field of a page. A translation shows its source's text where the translator has
    not translated a segment yet (wagtail-localize falls back to it), and a synchronised field always does:
    a field that reads as the source's is in the source's language."""
    if page.alias_of_id:
        return text_language(page)
    source = source_page(page)
    if source is not None and getattr(source, field_name, None) == getattr(page, field_name, None):
        return language_of(source)
    return language_of(page)


def source_page(page):
    """The page a translation (or an alias) was made from, None for a source; fetched once per page object."""
    if page.alias_of_id:
        return page.alias_of.specific
    if "_hub_source_page" not in page.__dict__:
        found = TranslationSource.objects.filter(object_id=page.translation_key).select_related("locale").first()
        source = None
        if found is not None and found.locale_id != page.locale_id:
            source = page.get_translation_or_none(found.locale)
            source = source.specific if source is not None else None
        page.__dict__["_hub_source_page"] = source
    return page.__dict__["_hub_source_page"]
