"""Taxonomy terms in the visitor's language, looked up once per request however many times a page shows them."""

from hub.per_request import active_locale


def in_visitor_language(terms):
    """The given terms, each replaced by its translation in the visitor's language where there is one."""
    terms = list(terms)
    if not terms:
        return terms
    if all(term.locale_id == active_locale().pk for term in terms):
        return terms  # a page written in the visitor's language has its terms in it already
    translated = {term.translation_key: term for term in type(terms[0]).in_active_language()}
    return [translated.get(term.translation_key, term) for term in terms]
