"""The interface catalogues as translators edit them in the admin, and how their changes reach every process.

The strings ship in locales/<language>/LC_MESSAGES/django.po. A change made in the admin is stored in the database
(hub.models.InterfaceTranslation), not written to the file: every worker and every server sees the database, and a
redeploy, which replaces locales/, keeps it. An export gives the file with the changes in it, for the catalogues in
the repository.

Each process lays the changes over its compiled catalogues (`refresh`, run by `InterfaceTranslationsMiddleware` on
every request and by the background worker before each task). To know whether another process has changed a string
it compares a version kept in the shared cache with the one it loaded: a cache read per request, no query. The
version is worked out from the database when the cache lacks it, and kept for HUB_INTERFACE_CATALOGUE_RECHECK_SECONDS
only, so that processes with a cache of their own (the in-process default) see a change within that time.

A translation made without a native speaker carries the translator comment `needs-review` (the convention of the
catalogues in locales/); a reviewer of the language confirming it removes the comment.
"""

import gettext
import hashlib
import io
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import polib
from asgiref.local import Local
from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models import Count, Max
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import trans_real

from hub import caching
from hub.models import InterfaceTranslation

NEEDS_REVIEW = "needs-review"
VERSION_KEY = "hub:interface-catalogues:version"
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
# Python's named %-placeholders (with their conversion), str.format's {name}, and bare %s / %d.
PLACEHOLDER = re.compile(r"%\([^)]+\)[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]|%[diouxXeEfFgGcrsa]|\{[\w.]*\}")


class CatalogueError(ValueError):
    """What is wrong with a translation or an uploaded file, in words for the translator."""


def catalogue_path(language):
    return Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES" / "django.po"


def editable_languages():
    """Every interface language but the source (English), whose strings are the msgids themselves."""
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


@lru_cache(maxsize=64)
def _parsed(path, modified):
    return polib.pofile(str(path), wrapwidth=0)


def source_catalogue(language):
    """The catalogue in locales/, parsed once per version of the file."""
    path = catalogue_path(language)
    return _parsed(path, path.stat().st_mtime_ns)


def entry_key(msgctxt, msgid):
    """A stable name for a string in URLs: its position in the file changes whenever the catalogue is regenerated."""
    return hashlib.sha1(f"{msgctxt or ''}\x04{msgid}".encode()).hexdigest()[:16]


def has_needs_review(tcomment):
    return NEEDS_REVIEW in (tcomment or "").splitlines()


def with_needs_review(tcomment, needs_review):
    lines = [line for line in (tcomment or "").splitlines() if line != NEEDS_REVIEW]
    return "\n".join([NEEDS_REVIEW, *lines] if needs_review else lines)


@dataclass
class InterfaceString:
    key: str
    msgctxt: str
    msgid: str
    msgid_plural: str
    msgstr: str
    msgstr_plural: list
    needs_review: bool
    comment: str = ""
    occurrences: list = field(default_factory=list)
    changed_in_admin: bool = False

    @property
    def forms(self):
        return self.msgstr_plural if self.msgid_plural else [self.msgstr]

    @property
    def translated(self):
        return all(self.forms)


def nplurals(language):
    match = re.search(r"nplurals\s*=\s*(\d+)", source_catalogue(language).metadata.get("Plural-Forms", ""))
    return int(match.group(1)) if match else 2


def plural_examples(language):
    """For each plural form, a few numbers that take it: what the translator needs to tell the forms apart."""
    expression = re.search(r"plural\s*=\s*([^;]+)", source_catalogue(language).metadata.get("Plural-Forms", ""))
    choose = gettext.c2py(expression.group(1)) if expression else (lambda n: int(n != 1))
    examples = [[] for _form in range(nplurals(language))]
    for number in range(0, 1001):
        form = choose(number)
        if form < len(examples) and len(examples[form]) < 3:
            examples[form].append(number)
    return examples


def strings(language):
    """Every string of the language's catalogue, with the changes made in the admin laid over it (one query)."""
    overrides = {(row.msgctxt, row.msgid): row for row in InterfaceTranslation.objects.filter(language=language)}
    count = nplurals(language)
    result = []
    for entry in source_catalogue(language):
        if entry.obsolete:
            continue
        msgctxt = entry.msgctxt or ""
        plural = [entry.msgstr_plural.get(index, "") for index in range(count)] if entry.msgid_plural else []
        string = InterfaceString(
            key=entry_key(msgctxt, entry.msgid),
            msgctxt=msgctxt,
            msgid=entry.msgid,
            msgid_plural=entry.msgid_plural or "",
            msgstr=entry.msgstr,
            msgstr_plural=plural,
            needs_review=has_needs_review(entry.tcomment),
            comment=entry.comment or "",
            occurrences=[path for path, _line in entry.occurrences],
        )
        if (override := overrides.get((msgctxt, entry.msgid))) is not None:
            string.msgstr = override.msgstr
            string.msgstr_plural = list(override.msgstr_plural)
            string.needs_review = override.needs_review
            string.changed_in_admin = True
        result.append(string)
    return result


def counts(language):
    """How many strings the language has, how many lack a translation and how many wait for a speaker's review."""
    every = strings(language)
    return {
        "total": len(every),
        "untranslated": sum(not string.translated for string in every),
        "needs_review": sum(string.needs_review and string.translated for string in every),
    }


def placeholders(text):
    return set(PLACEHOLDER.findall(text))


def check_forms(string, forms, language):
    """Refuse a translation that would break the page: a placeholder the source lacks raises at rendering."""
    if string.msgid_plural and len(forms) != nplurals(language):
        raise CatalogueError(
            _("“%(msgid)s” needs %(count)d plural forms in this language, not %(given)d.")
            % {"msgid": string.msgid, "count": nplurals(language), "given": len(forms)}
        )
    source = placeholders(string.msgid) | placeholders(string.msgid_plural)
    for form in forms:
        if unknown := placeholders(form) - source:
            raise CatalogueError(
                _("“%(msgid)s”: the translation uses %(placeholders)s, which the English text does not have.")
                % {"msgid": string.msgid, "placeholders": ", ".join(sorted(unknown))}
            )
        if not string.msgid_plural and form and (missing := source - placeholders(form)):
            raise CatalogueError(
                _("“%(msgid)s”: the translation must keep %(placeholders)s exactly as in the English text.")
                % {"msgid": string.msgid, "placeholders": ", ".join(sorted(missing))}
            )


def save_translation(language, string, forms, needs_review, user):
    """Store one string's translation (checked by check_forms first) and tell every process."""
    check_forms(string, forms, language)
    defaults = {
        "msgid_plural": string.msgid_plural,
        "msgstr": "" if string.msgid_plural else forms[0],
        "msgstr_plural": list(forms) if string.msgid_plural else [],
        "needs_review": needs_review,
        "updated_by": user,
    }
    InterfaceTranslation.objects.update_or_create(
        language=language, msgctxt=string.msgctxt, msgid=string.msgid, defaults=defaults
    )
    catalogue_changed(language)


def import_catalogue(language, upload, user, needs_review_forced):
    """Take the translations of an uploaded PO file: all of them, or none if any is wrong. Returns how many
    strings changed and how many of the file's strings the catalogue does not have (left out)."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise CatalogueError(_("The file is larger than 2 MB: is it a PO catalogue?"))
    try:
        text = upload.read().decode("utf-8")
        uploaded = polib.pofile(text)
    except (UnicodeDecodeError, OSError, ValueError) as error:
        raise CatalogueError(
            _("This is not a PO file in UTF-8 that can be read: %(error)s") % {"error": error}
        ) from None
    file_language = uploaded.metadata.get("Language", "").strip()
    if file_language and file_language != language:
        raise CatalogueError(
            _("This file is the catalogue of “%(file)s”, not of “%(language)s”.")
            % {"file": file_language, "language": language}
        )
    current = {(string.msgctxt, string.msgid): string for string in strings(language)}
    changes, unknown, errors = [], 0, []
    for entry in uploaded:
        if entry.obsolete or "fuzzy" in entry.flags or not entry.msgid:
            continue
        string = current.get((entry.msgctxt or "", entry.msgid))
        if string is None:
            unknown += 1
            continue
        if string.msgid_plural:
            forms = [entry.msgstr_plural.get(index, "") for index in range(len(entry.msgstr_plural))]
        else:
            forms = [entry.msgstr]
        if not any(forms):
            continue
        try:
            check_forms(string, forms, language)
        except CatalogueError as error:
            errors.append(str(error))
            continue
        needs_review = needs_review_forced or has_needs_review(entry.tcomment)
        if forms != string.forms or needs_review != string.needs_review:
            changes.append((string, forms, needs_review))
    if errors:
        raise CatalogueError(
            _("Nothing was imported. Translations to correct first: %(count)d. %(errors)s")
            % {"count": len(errors), "errors": " ".join(errors[:5])}
        )
    with transaction.atomic():
        for string, forms, needs_review in changes:
            save_translation(language, string, forms, needs_review, user)
    return len(changes), unknown


def export_catalogue(language):
    """The PO file of the language as the site uses it: the file in locales/ with the admin's changes."""
    catalogue = polib.pofile(str(catalogue_path(language)), wrapwidth=0)
    overrides = {(row.msgctxt, row.msgid): row for row in InterfaceTranslation.objects.filter(language=language)}
    for entry in catalogue:
        override = overrides.get((entry.msgctxt or "", entry.msgid))
        if override is None:
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = dict(enumerate(override.msgstr_plural))
        else:
            entry.msgstr = override.msgstr
        entry.tcomment = with_needs_review(entry.tcomment, override.needs_review)
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    return str(catalogue)


# --- Every process sees the changes --------------------------------------------------------------------------------


def catalogue_changed(language):
    """After a change: a new version for every process (this one reloads at once), and the cached pages of the
    language go, interface strings being on all of them."""
    transaction.on_commit(_publish_new_version)
    caching.pending.add(({f"/{language}/"}, set()))


def _version_from_database():
    latest = InterfaceTranslation.objects.aggregate(count=Count("pk"), at=Max("updated_at"))
    return f"{latest['count']}:{latest['at'].isoformat() if latest['at'] else ''}"


def _publish_new_version():
    cache.set(VERSION_KEY, _version_from_database(), settings.HUB_INTERFACE_CATALOGUE_RECHECK_SECONDS)
    refresh()


class Loaded:
    version = None
    checked_at = 0.0


loaded = Loaded()


def shared_version():
    """The catalogues' version: from the shared cache; from the database when the cache lacks it (expired,
    flushed, or a cache of this process's own), at most once per HUB_INTERFACE_CATALOGUE_RECHECK_SECONDS."""
    version = cache.get(VERSION_KEY)
    if version is not None:
        return version
    recheck = settings.HUB_INTERFACE_CATALOGUE_RECHECK_SECONDS
    if loaded.version is not None and time.monotonic() - loaded.checked_at < recheck:
        return loaded.version
    version = _version_from_database()
    loaded.checked_at = time.monotonic()
    cache.set(VERSION_KEY, version, recheck)
    return version


def refresh():
    """Reload this process's translations if the catalogues changed since it last loaded them."""
    version = shared_version()
    if version == loaded.version:
        return
    active = translation.get_language()
    drop_loaded_translations()
    by_language = {}
    for row in InterfaceTranslation.objects.all():
        by_language.setdefault(row.language, []).append(row)
    for language, changed in by_language.items():
        trans_real.translation(language).merge(_compiled(language, changed))
    loaded.version = version
    if active:
        # A refresh in the middle of a request (after a save) keeps the request's language.
        translation.activate(active)


def drop_loaded_translations():
    """What Django's own autoreloader does when a .mo file changes (django.utils.translation.reloader): each
    language is loaded again from the files when next used."""
    trans_real._translations = {}
    trans_real._default = None
    trans_real._active = Local()


def _compiled(language, rows):
    """The changed strings as a gettext catalogue with the language's plural rule, so that merging them into
    Django's replaces the file's translations."""
    catalogue = polib.POFile()
    catalogue.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Plural-Forms": source_catalogue(language).metadata.get("Plural-Forms", "nplurals=2; plural=(n != 1);"),
    }
    for row in rows:
        entry = polib.POEntry(msgctxt=row.msgctxt or None, msgid=row.msgid)
        if row.msgid_plural:
            entry.msgid_plural = row.msgid_plural
            entry.msgstr_plural = dict(enumerate(row.msgstr_plural))
        else:
            entry.msgstr = row.msgstr
        catalogue.append(entry)
    return gettext.GNUTranslations(io.BytesIO(catalogue.to_binary()))


@receiver(setting_changed)
def reload_after_language_settings_change(setting, **kwargs):
    # Django drops its loaded translations when these change (django.test.signals.language_changed).
    if setting in {"LANGUAGES", "LANGUAGE_CODE", "LOCALE_PATHS"}:
        loaded.version = None


class InterfaceTranslationsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        refresh()
        return self.get_response(request)
