"""Which search engine backend the environment asks for, and the analysis its index gets.

Imported by the settings module, so it imports nothing from Django's apps.
"""

# Every page of every language shares one index (Wagtail's Elasticsearch/OpenSearch backends keep one index per
# model root), so text fields get one analyzer: it normalises each script the network reads (Arabic, Persian and
# Sorani letters and digits, Bengali and other Indic scripts, accents in Latin scripts) without stemming in one
# language's rules text written in another. Languages without an engine analyzer (Somali, Tigrinya, Amharic…)
# get the same standard Unicode tokenisation and lowercasing.
HUB_ANALYZER_FILTERS = [
    "lowercase",
    "decimal_digit",
    "arabic_normalization",
    "persian_normalization",
    "sorani_normalization",
    "indic_normalization",
    "bengali_normalization",
    "asciifolding",
]

# On top of that shared analysis, pages in these languages are also analysed by the engine's own analyzer for
# their language (search/engine_backends). Both Elasticsearch and OpenSearch ship these; Polish needs a plugin,
# and Somali, Tigrinya, Amharic, Pashto, Urdu, Albanian and Tamil have none.
LANGUAGE_ANALYZERS = {
    "en": "english",
    "ar": "arabic",
    "fr": "french",
    "ckb": "sorani",
    "fa": "persian",
    "bn": "bengali",
    "es": "spanish",
    "pt": "portuguese",
    "ro": "romanian",
}

AUTOCOMPLETE_SEARCH_ANALYZER = "autocomplete_search"

INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "analyzer": {
                "default": {"type": "custom", "tokenizer": "standard", "filter": HUB_ANALYZER_FILTERS},
                "default_search": {"type": "custom", "tokenizer": "standard", "filter": HUB_ANALYZER_FILTERS},
                # Autocompletion: the beginnings of words, normalised as above when indexed and when typed (Wagtail
                # folds accents when indexing only, and normalises no Arabic, so "Solidarité" found nothing).
                "edgengram_analyzer": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [*HUB_ANALYZER_FILTERS, "edgengram"],
                },
                AUTOCOMPLETE_SEARCH_ANALYZER: {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": HUB_ANALYZER_FILTERS,
                },
            }
        }
    }
}


def elasticsearch_backend():
    """The backend for the major version of the installed `elasticsearch` client (8 or 9): the client
    must match the cluster's major version."""
    import elasticsearch

    major = elasticsearch.__versionstr__.split(".")[0]
    return f"search.engine_backends.elasticsearch{major}"


def engine_backend(opensearch_url, elasticsearch_url, timeout):
    """The WAGTAILSEARCH_BACKENDS entry for the configured engine; OpenSearch wins if both are set."""
    if opensearch_url:
        backend, url = "search.engine_backends.opensearch2", opensearch_url
    else:
        backend, url = elasticsearch_backend(), elasticsearch_url
    return {
        "BACKEND": backend,
        "URLS": [url],
        "INDEX_PREFIX": "hub_",
        "TIMEOUT": timeout,
        # One quick try: when the engine is down, search falls back to the database at once.
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        "INDEX_SETTINGS": INDEX_SETTINGS,
    }
