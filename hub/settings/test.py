"""Fast and predictable tests: cheap hashing, local memory cache, mail kept in memory, plain static files."""

from hub.settings.base import *  # noqa: F403

# Every language is a page tree in which every page is aliased, so each one multiplies the cost of every page a
# test makes. Tests run in ten of the seventeen: both directions, the five with complete catalogues, Persian and
# Polish, which tests name, and every language Django has no locale data for (Somali, Tigrinya, Amharic,
# Pashto). All seventeen are built by CI's quick-start run (.ci/run), and tests/test_catalogues.py compiles the
# catalogue of each.
TEST_LANGUAGE_CODES = {"en", "ar", "fr", "so", "ckb", "fa", "ps", "ti", "am", "pl"}
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [(code, name) for code, name in HUB_LANGUAGES if code in TEST_LANGUAGE_CODES]  # noqa: F405

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
# Django's test runner sends mail straight to mail.outbox (locmem); tests of the queue (tests/operations) put
# hub.mail's backend back, and its task delivers here.
HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = str(BASE_DIR / "var" / "test-media")  # noqa: F405
HUB_PRIVATE_MEDIA_ROOT = str(BASE_DIR / "var" / "test-private-media")  # noqa: F405
STORAGES["private"]["OPTIONS"]["location"] = HUB_PRIVATE_MEDIA_ROOT  # noqa: F405
# The plugin that exists only for tests (tests/testapp) proves the plugin mechanism.
HUB_PLUGINS = [*HUB_PLUGINS, "tests.testapp"]  # noqa: F405
INSTALLED_APPS = [*INSTALLED_APPS[:2], "tests.testapp", *INSTALLED_APPS[2:]]  # noqa: F405
# The address the test client calls, so that links in emails lead where the tests can follow them.
SITE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
# Background tasks run at once, inside the test's transaction.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Tests of other areas change pages and read them back inside one transaction, where the page cache's
# purges (run on commit) never come; tests/caching switches it on and commits what it changes.
WAGTAIL_CACHE = False
# The one switch tests turn off for login protection: administrators and network editors of other areas' tests
# sign in without a second factor. tests/hub/test_two_factor.py and tests/browser/test_login_protection.py
# switch it back on and prove the requirement.
HUB_REQUIRE_2FA = False
# Every test empties the cache: without this the first request of a test would now and then ask the database for
# the interface catalogues' version, one query more than query-count tests expect. Changes made in the admin still
# reach the site at once (hub.interface_catalogues publishes the new version in the cache).
HUB_INTERFACE_CATALOGUE_RECHECK_SECONDS = 24 * 60 * 60
