"""Taxonomy terms in the visitor's language, looked up once per request however many times a page shows them."""

from wagtail.models import Locale

from hub.per_request import active_locale


def locales_for_request(request):
    """The visitor's locale and the default one."""
    cache = request.__dict__.setdefault("_hub_terms", {})
    if "locales" not in cache:
        cache["locales"] = (active_locale(), Locale.get_default())
    return cache["locales"]


def terms_for_request(request, model):
    cache = request.__dict__.setdefault("_hub_terms", {})
    if model not in cache:
        cache[model] = model.in_active_language(*locales_for_request(request))
    return cache[model]


def in_visitor_language(request, terms):
    """The given terms, each replaced by its translation in the visitor's language where there is one."""
    terms = list(terms)
    if not terms:
        return terms
    active, _default = locales_for_request(request)
    if all(term.locale_id == active.pk for term in terms):
        return terms  # a page written in the visitor's language has its terms in it already
    translated = {term.translation_key: term for term in terms_for_request(request, type(terms[0]))}
    return [translated.get(term.translation_key, term) for term in terms]
