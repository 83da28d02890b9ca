"""A few lines of each result around the words searched for, with those words marked."""

import html
import re
from collections import Counter

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from wagtail.search import index

SNIPPET_LENGTH = 240  # characters


def query_terms(text):
    """The words of a query, without quotes or operators: what a snippet marks."""
    return sorted({word for word in re.findall(r"\w+", text or "") if len(word) > 1}, key=len, reverse=True)


def searchable_text(page):
    """The page's own searched text, in the order its type declares it (title aside): summaries before bodies."""
    parts = [page.search_description]
    for search_field in page.search_fields:
        if not isinstance(search_field, index.SearchField) or search_field.field_name == "title":
            continue
        try:
            model_field = page._meta.get_field(search_field.field_name)
            value = getattr(page, search_field.field_name)
        except FieldDoesNotExist:
            model_field, value = None, search_field.get_value(page)
        if value and hasattr(model_field, "get_searchable_content"):
            parts += model_field.get_searchable_content(value)
        elif isinstance(value, str):
            parts.append(value)
    return " ".join(" ".join(html.unescape(strip_tags(part)).split()) for part in parts if part)


def best_passage(matches, length):
    """The match that opens the passage holding the most different terms (the first such), or None. One pass:
    the passage's terms are counted as it slides along the text."""
    best, best_count, in_passage, end = None, 0, Counter(), 0
    for match in matches:
        reach = match.start() + length * 2 // 3
        while end < len(matches) and matches[end].start() < reach:
            in_passage[matches[end].group().lower()] += 1
            end += 1
        if len(in_passage) > best_count:
            best, best_count = match, len(in_passage)
        word = match.group().lower()  # the passage moves on past this match
        in_passage[word] -= 1
        if not in_passage[word]:
            del in_passage[word]
    return best


def snippet(text, terms, length=SNIPPET_LENGTH):
    """Up to `length` characters of `text` around the passage where most of the terms are found as words,
    HTML-escaped, each term wrapped in <mark>."""
    # Whole words only: "in" is not marked inside "think" or "Mapping".
    alternatives = "|".join(re.escape(term) for term in terms)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE) if terms else None
    found = best_passage(list(pattern.finditer(text)), length) if pattern else None
    start = 0
    if found and found.start() > length // 3:
        start = text.rfind(" ", 0, found.start() - length // 3) + 1
    end = start + length
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    window = text[start:end]
    pieces = []
    position = 0
    for match in pattern.finditer(window) if pattern else []:
        pieces.append(escape(window[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(window[position:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)  # every piece of page text above is escaped
