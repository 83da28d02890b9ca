"""Counting a visitor's attempts within a window, for limits per visitor (the pledges one address may make an hour).

The count lives in the default cache, which every process shares (Redis in production). When that cache
cannot count, the count goes on in this process's memory, with a warning in the log: each process then limits
on its own, so a visitor may get a few times the limit through, but nobody is refused for a cache that is down.
That is right for what is counted here, pledges, which a database constraint keeps to one per email address;
a limit that protects someone's safety must refuse instead, saying so, when it cannot count.
"""

import logging

from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache

from hub.cache_backends import CacheUnavailable

logger = logging.getLogger(__name__)

this_process = LocMemCache("hub-rate-limits", {})


def count_attempt(key, window_seconds):
    """How many attempts `key` has made in the window, this one included."""
    try:
        return counted_in(cache, key, window_seconds)
    except CacheUnavailable as error:
        logger.warning("The shared cache cannot count (%s): counting %s in this process only", error, key)
        return counted_in(this_process, key, window_seconds)


def counted_in(store, key, window_seconds):
    store.add(key, 0, window_seconds)
    try:
        return store.incr(key)
    except ValueError:  # expired between add and incr
        store.set(key, 1, window_seconds)
        return 1
