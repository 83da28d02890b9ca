"""The public search page and its autocomplete endpoint."""

from contextlib import nullcontext

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from hub.per_request import active_locale
from hub.plugins import plugin_registry
from hub.text_languages import with_text_language
from hub.visibility import public_for_search
from search import copies, engine, facets, suggestions
from search.analysis import only_stop_words, stemmed_texts, stemmed_words
from search.database_backends.languages import queries_read_in_every_language, query_languages
from search.models import WeeklyQueryCount
from search.snippets import query_terms, searchable_text, snippet

RESULTS_PER_PAGE = 20
FEW_RESULTS = 3  # or fewer: the query may be mistyped, and a correction is offered if one finds pages
AUTOCOMPLETE_SIZE = 8
ALL_LANGUAGES = "all"


def searchable_pages(all_languages):
    pages = public_for_search(Page.objects.live().type(*plugin_registry.search_page_models()))
    return pages if all_languages else pages.filter(locale=active_locale())


def promoted(text, pages):
    """What network editors pinned for this query: those of `pages` (the searchable ones), and links."""
    promotions = SearchPromotion.objects.filter(query__query_string=normalise_query_string(text)).select_related("page")
    visible = set(pages.filter(pk__in=[p.page_id for p in promotions if p.page_id]).values_list("pk", flat=True))
    return [
        promotion
        for promotion in promotions
        if promotion.page_id in visible or (not promotion.page_id and promotion.external_link_url)
    ]


def page_number(request, paginator):
    try:
        number = int(request.GET.get("page", 1))
    except ValueError:
        return 1
    return min(max(number, 1), paginator.num_pages)


def titles_first(ranked, titles, text):
    """Pages whose title holds every word of the query come first (as a phrase before scattered), the backend's
    order kept otherwise: a title match ranks above a match in the text alone, which SQLite's ranking (all fields
    weighed alike) and an engine's (long texts repeating a word) do not always give. Only a title holding all the
    words moves: one holding the query's "the", "of" and "in" alone never overtakes a page the backend ranked higher.
    Words are compared as the backends index them (folded, without the Arabic article, stemmed in the visitor's
    language): "مجتمعي كردي" is in the title "المركز المجتمعي الكردي", "hotel" in "Homes not hotels".
    """
    language = get_language()
    words = stemmed_words(text, language)
    every_word, phrase = set(words), " ".join(words)
    title_words = dict(zip(ranked, stemmed_texts([titles[pk] for pk in ranked], language), strict=True))

    def title_match(pk):
        if not every_word <= set(title_words[pk]):
            return 0
        return 2 if f" {phrase} " in f" {' '.join(title_words[pk])} " else 1

    return sorted(ranked, key=title_match, reverse=True)


def read_in(all_languages):
    # Every language's pages are indexed by their own language's stems: searching them all, the words are read in each.
    return queries_read_in_every_language() if all_languages else nullcontext()


def ranked_matches(text, pages, all_languages, **options):
    with read_in(all_languages):
        return engine.ranked_pages(text, pages, **options)


def too_common(text, all_languages):
    with read_in(all_languages):
        return only_stop_words(text, query_languages())


def search(request):
    text = engine.clean_query(request.GET.get("q", ""))
    all_languages = request.GET.get("languages") == ALL_LANGUAGES
    pages = searchable_pages(all_languages)
    some_words_only = False
    common_words_only = bool(text) and too_common(text, all_languages)
    if common_words_only:
        matches = []
    elif text:
        matches = ranked_matches(text, pages, all_languages)
        if not matches and len(query_terms(text)) > 1:
            # No page holds every word: rather than nothing, the pages holding most of them, said to be so.
            matches = ranked_matches(text, pages, all_languages, operator="or")
            some_words_only = bool(matches)
    else:
        matches = list(pages.only(*engine.LISTED_FIELDS).order_by("-first_published_at")[: engine.MAX_HITS])
    if all_languages:
        matches = copies.one_per_page(matches, active_locale().pk)
    ranked = [page.pk for page in matches]
    content_types = {page.pk: ContentType.objects.get_for_id(page.content_type_id) for page in matches}
    if text:
        ranked = titles_first(ranked, {page.pk: page.title for page in matches}, text)
    available = facets.all_facets()
    chosen = facets.chosen_values(request.GET, available)
    results, facet_counts, unknown_filters = facets.narrow(ranked, content_types, chosen, available)

    paginator = Paginator(results, RESULTS_PER_PAGE)
    suggested = None
    if text and not common_words_only and paginator.count <= FEW_RESULTS:
        suggested = suggestions.suggestion(text, pages, ALL_LANGUAGES if all_languages else get_language())
        if suggested and not ranked_matches(suggested, pages, all_languages, limit=1):
            suggested = None
    page_of_ids = paginator.page(page_number(request, paginator))
    wanted = with_text_language(Page.objects.filter(pk__in=page_of_ids.object_list))
    found = wanted.specific().in_bulk() if page_of_ids.object_list else {}
    terms = query_terms(text)
    locales = Locale.objects.in_bulk()
    shown = [found[pk] for pk in page_of_ids.object_list if pk in found]
    translations = copies.other_languages(shown, pages, locales, request) if all_languages else {}
    items = [
        {
            "page": page,
            "snippet": snippet(searchable_text(page), terms),
            "type": page._meta.verbose_name,
            # An untranslated page's text is its source's: the result is marked with that language.
            "language": page.text_language,
            "other_languages": translations.get(page.pk, []),
        }
        for page in shown
    ]
    # A query counts once: not again for each further page of results or each facet chosen.
    if text and not request.GET.get("page") and not any(chosen.values()):
        WeeklyQueryCount.record(text, get_language(), found_anything=bool(results) and not some_words_only)
    return render(
        request,
        "search/search.html",
        {
            "query": text,
            "some_words_only": some_words_only,
            "common_words_only": common_words_only,
            "suggestion": suggested,
            "all_languages": all_languages,
            "any_chosen": any(chosen.values()),
            "promotions": promoted(text, pages) if text else [],
            "facets": facet_counts,
            "unknown_filters": unknown_filters,
            "results": page_of_ids,
            "items": items,
            "result_count": paginator.count,
            "max_query_length": engine.MAX_QUERY_LENGTH,
        },
    )


def autocomplete(request):
    """Titles completing what the visitor is typing, in their language: a JSON list of {title, url, type}."""
    text = engine.clean_query(request.GET.get("q", ""))
    if len(text) < 2:
        return JsonResponse({"results": []})
    pages = searchable_pages(request.GET.get("languages") == ALL_LANGUAGES)
    ids = engine.autocomplete_ids(text, pages, AUTOCOMPLETE_SIZE)
    found = pages.filter(pk__in=ids).specific().in_bulk()
    results = [
        {"title": found[pk].title, "url": found[pk].get_url(request), "type": str(found[pk]._meta.verbose_name)}
        for pk in ids
        if pk in found
    ]
    return JsonResponse({"results": results})
