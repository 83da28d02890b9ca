"""Redis as a cache that may fail: with Redis down or slow, pages are served uncached instead of answering 500.

Every read is a miss and every write is skipped, with a warning in the log (at most one a minute for each
process, since a page makes several calls). Counting is the exception: `incr` raises `CacheUnavailable`,
so that a limit counted in the cache decides for itself how to go on without it (hub.rate_limits).

A purge that fails leaves pages in the cache that should have gone; they expire after
HUB_PAGE_CACHE_SECONDS (and a Redis that restarts without persistence comes back empty).
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

WARNING_INTERVAL_SECONDS = 60


class CacheUnavailable(Exception):
    """The cache could not count: the caller decides whether to go on without the count."""


class ResilientRedisCacheClient(RedisCacheClient):
    last_warning = float("-inf")

    def softly(self, operation, fallback, *args):
        try:
            return getattr(super(), operation)(*args)
        except RedisError as error:
            now = time.monotonic()
            if now - ResilientRedisCacheClient.last_warning >= WARNING_INTERVAL_SECONDS:
                ResilientRedisCacheClient.last_warning = now
                logger.warning("Redis cache unavailable (%s: %s): going on without it", operation, error)
            return fallback

    def add(self, key, value, timeout):
        return self.softly("add", False, key, value, timeout)

    def get(self, key, default):
        return self.softly("get", default, key, default)

    def set(self, key, value, timeout):
        self.softly("set", None, key, value, timeout)

    def touch(self, key, timeout):
        return self.softly("touch", False, key, timeout)

    def delete(self, key):
        return self.softly("delete", False, key)

    def get_many(self, keys):
        return self.softly("get_many", {}, keys)

    def has_key(self, key):
        return self.softly("has_key", False, key)

    def set_many(self, data, timeout):
        self.softly("set_many", None, data, timeout)

    def delete_many(self, keys):
        self.softly("delete_many", None, keys)

    def clear(self):
        return self.softly("clear", False)

    def incr(self, key, delta):
        try:
            return super().incr(key, delta)
        except RedisError as error:
            raise CacheUnavailable(str(error)) from error


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ResilientRedisCacheClient
