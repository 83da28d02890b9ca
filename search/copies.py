"""Searching all languages: a page and its copies in other language trees make one result.

Translations share the page's translation key; aliases (untranslated copies, which repeat their source word for word)
are left out, so the same report kept in seventeen language trees is one result, not seventeen.
"""


def one_per_page(matches, locale_id):
    """The matches, one per translation key, in the order of each page's best-ranked copy: the visitor's language's
    copy when it matched, else the first one written (the source the others were translated from)."""
    groups = {}
    for page in matches:
        if page.alias_of_id is None:
            groups.setdefault(page.translation_key, []).append(page)
    return [
        next((page for page in copies if page.locale_id == locale_id), min(copies, key=lambda page: page.pk))
        for copies in groups.values()
    ]


def other_languages(shown, pages, locales, request):
    """{shown page's id: [{url, language, name}, …]}: the other languages each of `shown` is published in among
    `pages` (the searchable ones), read in one query."""
    by_key = {page.translation_key: page.pk for page in shown}
    links = {page.pk: [] for page in shown}
    copies = (
        pages.filter(translation_key__in=by_key, alias_of__isnull=True)
        .exclude(pk__in=links)
        .only("pk", "translation_key", "locale_id", "url_path")
        .order_by("locale__language_code")
    )
    for copy in copies:
        locale = locales[copy.locale_id]
        links[by_key[copy.translation_key]].append(
            {"url": copy.get_url(request), "language": locale.language_code, "name": locale.get_display_name()}
        )
    return links
