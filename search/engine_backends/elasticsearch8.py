from wagtail.search.backends import elasticsearch8

from search.engine_backends import language_aware_backend

SearchBackend = language_aware_backend(elasticsearch8)
