from wagtail.search.backends import elasticsearch9

from search.engine_backends import language_aware_backend

SearchBackend = language_aware_backend(elasticsearch9)
