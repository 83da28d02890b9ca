"""Taxonomy terms in the visitor's language, looked up once per request however many times a page shows them."""

from wagtail.models import Locale


def terms_for_request(request, model):
    cache = request.__dict__.setdefault("_hub_terms", {})
    if "locales" not in cache:
        cache["locales"] = (Locale.get_active(), Locale.get_default())
    if model not in cache:
        cache[model] = model.in_active_language(*cache["locales"])
    return cache[model]


def in_visitor_language(request, terms):
    """The given terms, each replaced by its translation in the visitor's language where there is one."""
    terms = list(terms)
    if not terms:
        return terms
    translated = {term.translation_key: term for term in terms_for_request(request, type(terms[0]))}
    return [translated.get(term.translation_key, term) for term in terms]
