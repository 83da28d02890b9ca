"""“Did you mean …?”: the words of a query that no page uses, replaced by the closest words pages do use.

The same on every backend: the vocabulary is the words of the titles and search descriptions of the pages a visitor
can find in their language, kept in the cache for a few minutes (a suggestion a little behind the site is harmless).
A word is corrected only when it is long enough to be mistyped rather than short, and when a known word is close
enough (difflib's ratio); the rest of the query stays as it was typed.
"""

import difflib
import re

from django.core.cache import cache

WORD = re.compile(r"\w+")
SHORTEST_CORRECTED = 4  # letters: shorter words are more often meant as typed than mistyped
CLOSENESS = 0.8
VOCABULARY_SECONDS = 10 * 60


def vocabulary(pages, language):
    def words():
        found = set()
        for title, description in pages.values_list("title", "search_description").iterator():
            found.update(WORD.findall(f"{title} {description}".casefold()))
        return frozenset(found)

    return cache.get_or_set(f"search:vocabulary:{language}", words, VOCABULARY_SECONDS)


def suggestion(text, pages, language):
    """The query with its unknown words corrected, or None when there is nothing to correct."""
    known = vocabulary(pages, language)
    changed = False

    def corrected(match):
        nonlocal changed
        word = match.group(0)
        if len(word) < SHORTEST_CORRECTED or word.casefold() in known:
            return word
        closest = difflib.get_close_matches(word.casefold(), known, n=1, cutoff=CLOSENESS)
        if not closest:
            return word
        changed = True
        return closest[0]

    suggested = WORD.sub(corrected, text)
    return suggested if changed else None
