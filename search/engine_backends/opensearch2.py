from wagtail.search.backends import opensearch2

from search.engine_backends import language_aware_backend

SearchBackend = language_aware_backend(opensearch2)
