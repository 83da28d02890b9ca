"""Settings shared by every environment. Everything that varies is read here, from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from hub.languages import (
    HUB_LANGUAGES,
    RIGHT_TO_LEFT,
    admin_languages,
    install_lang_info,
    spoken_languages,
)
from hub.plugins.discovery import installed_plugin_apps

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_required(name):
    """A variable production cannot run without. SystemExit, because manage.py swallows ImproperlyConfigured."""
    value = os.environ.get(name)
    if not value:
        raise SystemExit(
            f"Refusing to start: the environment variable {name} must be set for this configuration. "
            "See the README's Operations section."
        )
    return value


# --- Everything read from the environment -------------------------------------------------
DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-change-me-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=60,
        # A kept connection is checked before a request uses it: after the database restarts, the first request
        # of each process would otherwise fail on the connection the restart broke.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the task worker write to the one file. With the write-ahead log, reading never waits for
    # writing; each transaction takes the write lock when it begins (IMMEDIATE) rather than failing at once when
    # a read inside it turns into a write; and a writer waits up to the timeout (seconds) for the others. Each
    # holds the lock for a whole admin action (seconds, for a page copied into every language): four editors at
    # once waited more than 20 s on a small machine. Options in DATABASE_URL's query string win (`?timeout=120`).
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 60,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        **DATABASES["default"].get("OPTIONS", {}),
    }
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
OPENSEARCH_URL = env("OPENSEARCH_URL")
REDIS_URL = env("REDIS_URL")
# The anonymous page cache and the caching proxy or CDN in front of the hub (README: Operations).
HUB_PAGE_CACHE = env_bool("HUB_PAGE_CACHE", True)
HUB_PAGE_CACHE_SECONDS = int(env("HUB_PAGE_CACHE_SECONDS", str(60 * 60)))
# How often, at most, a process asks the database whether the admin changed interface strings when the shared cache
# has no catalogue version (hub.interface_catalogues); a change made through the shared cache shows at once.
HUB_INTERFACE_CATALOGUE_RECHECK_SECONDS = int(env("HUB_INTERFACE_CATALOGUE_RECHECK_SECONDS", "30"))
HUB_BROWSER_CACHE_SECONDS = int(env("HUB_BROWSER_CACHE_SECONDS", "60"))
FRONTEND_CACHE_URL = env("FRONTEND_CACHE_URL")
# How many proxies (a caching proxy, a CDN) stand in front of the hub, each adding the address it was reached
# from to X-Forwarded-For: limits per visitor read the visitor's address there (hub.client_address). With 0 the
# header is never believed, since anyone can send it.
HUB_TRUSTED_PROXY_COUNT = int(env("HUB_TRUSTED_PROXY_COUNT", "0"))
CLOUDFLARE_ZONE_ID = env("CLOUDFLARE_ZONE_ID")
CLOUDFLARE_BEARER_TOKEN = env("CLOUDFLARE_BEARER_TOKEN")
HUB_PROXY_CACHE_SECONDS = int(
    env("HUB_PROXY_CACHE_SECONDS", str(60 * 60 * 24 if FRONTEND_CACHE_URL or CLOUDFLARE_ZONE_ID else 60))
)
# Background work (text extraction, PDFs): queued in the database and run by `hub db_worker`.
TASKS_BACKEND = env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")
# Largest upload accepted, in megabytes: documents, and images (which are resized for display anyway).
HUB_MAX_UPLOAD_MB = int(env("HUB_MAX_UPLOAD_MB", "20"))
HUB_MAX_IMAGE_UPLOAD_MB = int(env("HUB_MAX_IMAGE_UPLOAD_MB", "10"))
# Reading a document's text for search (hub.document_text): what a Word or OpenDocument file may unzip to, and
# the memory (above the worker's own) and processor seconds one reading may take; past them, "too large to read".
HUB_DOCUMENT_TEXT_LIMITS = {"unzipped_mb": 100, "memory_mb": 512, "seconds": 60}
# Largest image accepted, in megapixels (width × height × frames): a few megabytes of PNG can claim billions.
HUB_MAX_IMAGE_MEGAPIXELS = int(env("HUB_MAX_IMAGE_MEGAPIXELS", "40"))
EMAIL_HOST = env("EMAIL_HOST", "")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "hub@localhost")
# Degrading, not falling over (README: Operations): a mail server gets this long to answer; a message is tried
# this many times, waiting HUB_EMAIL_RETRY_SECONDS, then twice as long each time; a task left running this
# long by a worker that died is run again; the worker writes its heartbeat to this file.
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "10"))
HUB_EMAIL_MAX_ATTEMPTS = int(env("HUB_EMAIL_MAX_ATTEMPTS", "6"))
HUB_EMAIL_RETRY_SECONDS = int(env("HUB_EMAIL_RETRY_SECONDS", "60"))
HUB_TASK_RUNNING_TIMEOUT = int(env("HUB_TASK_RUNNING_TIMEOUT", str(30 * 60)))
HUB_TASK_MAX_ATTEMPTS = int(env("HUB_TASK_MAX_ATTEMPTS", "3"))
HUB_WORKER_HEARTBEAT_FILE = env("HUB_WORKER_HEARTBEAT_FILE", str(BASE_DIR / "var" / "worker-heartbeat"))
HUB_WORKER_HEARTBEAT_MAX_AGE = int(env("HUB_WORKER_HEARTBEAT_MAX_AGE", "300"))
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000")
LIBRETRANSLATE_URL = env("LIBRETRANSLATE_URL")
LIBRETRANSLATE_API_KEY = env("LIBRETRANSLATE_API_KEY", "")
DEEPL_API_KEY = env("DEEPL_API_KEY")
MEDIA_ROOT = env("MEDIA_ROOT", str(BASE_DIR / "media"))
# Audio and video (recordings whose narrators' consent decides who hears them) live here, outside MEDIA_ROOT, where no public address reaches them.
HUB_PRIVATE_MEDIA_ROOT = env("HUB_PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private-media"))
STATIC_ROOT = env("STATIC_ROOT", str(BASE_DIR / "static"))
# Plugins: every one found is installed (so its data stays); the first list switches some off, the second keeps
# some out of INSTALLED_APPS altogether.
HUB_DISABLED_PLUGINS = env_list("HUB_DISABLED_PLUGINS")
HUB_PLUGINS_EXCLUDE = env_list("HUB_PLUGINS_EXCLUDE")
# Login protection: failed sign-ins allowed per account and per address before a lockout, and how long it lasts.
HUB_LOGIN_FAILURE_LIMIT = int(env("HUB_LOGIN_FAILURE_LIMIT", "5"))
HUB_LOGIN_LOCKOUT_MINUTES = int(env("HUB_LOGIN_LOCKOUT_MINUTES", "30"))
# Two-factor authentication, required of administrators and network editors (hub.two_factor).
HUB_REQUIRE_2FA = env_bool("HUB_REQUIRE_2FA", True)
# ------------------------------------------------------------------------------------------

# Plugins, bundled or pip-installed, are found through the "hub.plugins" entry points (hub.plugins.discovery).
HUB_PLUGINS = installed_plugin_apps(exclude=HUB_PLUGINS_EXCLUDE)
# Page types of the core that public search finds, beside what plugins declare.
HUB_SEARCHABLE_CORE_PAGE_TYPES = ["hub.MemberOrganisationPage", "home.ContentPage"]

INSTALLED_APPS = [
    "hub",
    "home",
    "search",
    # After the core's apps and before Wagtail's: the core's templates come first, then the plugins'.
    *HUB_PLUGINS,
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtailmedia",
    "wagtail.contrib.forms",
    "wagtailcache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Its templates: the sitemaps' XML (hub.sitemaps).
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "hub.caching.CacheControlMiddleware",
    "wagtailcache.cache.UpdateCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Under the page cache, so that cached pages keep their headers (no nonces: see hub.security_headers).
    "hub.security_headers.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "hub.query_strings.CleanQueryStringMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Before any language is activated: reloads the translations when the admin has changed the catalogues.
    "hub.interface_catalogues.InterfaceTranslationsMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Lets the page routes of public forms check their own posts (hub.public_forms).
    "hub.public_forms.PublicFormRoutesMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "hub.two_factor.TwoFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns a lockout found while signing in into the lockout page.
    "axes.middleware.AxesMiddleware",
    # Runs the admin's writing views in one transaction each. After every middleware with a process_view
    # (CSRF's), since it answers there.
    "hub.editorial_transactions.AtomicAdminWritesMiddleware",
    # With DEBUG on, the hub's own 404 for public pages rather than Django's list of URL patterns.
    "hub.error_pages.PublicNotFoundMiddleware",
    # Last, so that it knows the visitor's language and whether they are logged in.
    "wagtailcache.cache.FetchFromCacheMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ------------------------------------------------------------------------------
install_lang_info()
LANGUAGE_CODE = "en"
LANGUAGES = HUB_LANGUAGES
LANGUAGES_BIDI = sorted(RIGHT_TO_LEFT)
WAGTAIL_CONTENT_LANGUAGES = HUB_LANGUAGES
WAGTAIL_I18N_ENABLED = True
# Our catalogues first (they win); then Wagtail's and Django's own admin strings in the languages those ship no
# catalogue for, kept out of locales/ because makemessages rewrites what is there from our own source.
# Then the day and month names CLDR gives (hub.locale_data), over Django's own and where Django has none.
LOCALE_PATHS = [BASE_DIR / "locales", BASE_DIR / "hub" / "date_names", BASE_DIR / "hub" / "admin_translations"]
# Date styles and number separators from CLDR in every interface language (hub.locale_data).
FORMAT_MODULE_PATH = ["hub.formats"]
# The admin in every language whose interface catalogue is complete (tests/test_catalogues.py holds them to it).
WAGTAILADMIN_PERMITTED_LANGUAGES = admin_languages()
HUB_SPOKEN_LANGUAGES = spoken_languages()
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/London"
# A session cookie: a language chosen on a shared or watched device is not remembered once the browser closes.
LANGUAGE_COOKIE_AGE = None

# --- Files ------------------------------------------------------------------------------------
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
# The private storage's addresses are the admin's preview (hub.private_media), which checks who asks; the
# public hears a recording only through the page that uses it, which checks consent.
PRIVATE_MEDIA_URL = "/admin/private-media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": HUB_PRIVATE_MEDIA_ROOT, "base_url": PRIVATE_MEDIA_URL},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and search -----------------------------------------------------------------------
# "pages" holds anonymous pages (wagtail-cache). Without Redis it lives in files, which every worker
# process shares, so that a purge made by one reaches them all.
if REDIS_URL:
    # Redis down or slow is a cache miss, logged, never an error page (hub.cache_backends); a second at most
    # to connect or answer.
    _redis_options = {"socket_connect_timeout": 1, "socket_timeout": 1}
    CACHES = {
        "default": {
            "BACKEND": "hub.cache_backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": _redis_options,
        },
        "pages": {
            "BACKEND": "hub.cache_backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "pages",
            "TIMEOUT": HUB_PAGE_CACHE_SECONDS,
            "OPTIONS": _redis_options,
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(BASE_DIR / "var" / "page-cache"),
            "TIMEOUT": HUB_PAGE_CACHE_SECONDS,
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
    }
WAGTAIL_CACHE = HUB_PAGE_CACHE
WAGTAIL_CACHE_BACKEND = "pages"
# wagtail-cache remembers which cache entries belong to which URL, so that a purge finds them.
WAGTAIL_CACHE_KEYRING = True
# Addresses purged whatever page changes: regular expressions over the path and query string.
HUB_PAGE_CACHE_ALWAYS_PURGE = [r"/[^/]+/search/.*"]

# Wagtail's front-end cache invalidation: a caching proxy that takes HTTP PURGE (Varnish, nginx), or
# Cloudflare. The hub sends each address exactly (every language version is in its list already).
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": FRONTEND_CACHE_URL}
    }
elif CLOUDFLARE_ZONE_ID:
    WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": CLOUDFLARE_ZONE_ID,
            "BEARER_TOKEN": CLOUDFLARE_BEARER_TOKEN,
        }
    }
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Search: Wagtail's database backend unless an engine is configured. With an engine, the database index is
# kept too (search/engine.py answers from it when the engine is down: search never fails a page).
SEARCH_ENGINE_TIMEOUT = int(env("SEARCH_ENGINE_TIMEOUT", "5"))
# The database backend is Wagtail's with each language analysed as itself (search/database_backends/).
WAGTAILSEARCH_BACKENDS = {"database": {"BACKEND": "search.database_backends"}}
if OPENSEARCH_URL or ELASTICSEARCH_URL:
    from search.engine_settings import engine_backend

    WAGTAILSEARCH_BACKENDS["default"] = engine_backend(OPENSEARCH_URL, ELASTICSEARCH_URL, SEARCH_ENGINE_TIMEOUT)
else:
    WAGTAILSEARCH_BACKENDS["default"] = WAGTAILSEARCH_BACKENDS.pop("database")

TASKS = {"default": {"BACKEND": TASKS_BACKEND}}

# --- Machine translation (prefills translations; none unless configured) ---------------------
if LIBRETRANSLATE_URL:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": LIBRETRANSLATE_URL, "API_KEY": LIBRETRANSLATE_API_KEY},
    }
elif DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }

# --- Email ------------------------------------------------------------------------------------
# Every message is queued (hub.mail) and sent by the worker with the delivery backend, retried when it fails.
EMAIL_BACKEND = "hub.mail.QueuedEmailBackend"
if EMAIL_HOST:
    HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
else:
    HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"

# --- Wagtail ----------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = env("HUB_SITE_NAME", "The hub")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Documents record their language (hub.models.documents); code reaches them through get_document_model().
WAGTAILDOCS_DOCUMENT_MODEL = "hub.HubDocument"
# Audio and video in private storage (hub.models.private_media).
WAGTAILMEDIA = {"MEDIA_MODEL": "hub.HubMedia"}
WAGTAIL_ALLOW_UNICODE_SLUGS = True
# The workflow's tasks decide who may approve; the approval publishes (see hub.workflow_finish).
WAGTAIL_FINISH_WORKFLOW_ACTION = "hub.workflow_finish.publish_approved"
# "Translate this page" saves a draft, even of a live page: translations are published by their review
# (see hub.translation_drafts), not by whoever starts them.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Editors' avatars would otherwise be fetched from Gravatar, telling a third party who edits.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = HUB_MAX_IMAGE_UPLOAD_MB * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = HUB_MAX_IMAGE_MEGAPIXELS * 1_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "hub.uploads.HubImageForm"
# Uploads are checked by content as well as by name (hub.uploads, which knows these extensions).
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "odt",
    "rtf",
    "xlsx",
    "ods",
    "pptx",
    "odp",
    "epub",
    "doc",
    "xls",
    "ppt",
    "txt",
    "csv",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = HUB_MAX_UPLOAD_MB * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "hub.uploads.HubDocumentForm"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # To standard output, where systemd's journal (or any supervisor) collects it: README, Operations.
    "handlers": {"console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"hub": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}

# --- Login protection and two-factor authentication -------------------------------------------
# django-axes counts failed sign-ins on every login form (it watches Django's authenticate()) and locks out
# an account, and separately an address, after HUB_LOGIN_FAILURE_LIMIT failures, for HUB_LOGIN_LOCKOUT_MINUTES
# or until a network editor unlocks it (hub.login_protection).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = HUB_LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=HUB_LOGIN_LOCKOUT_MINUTES)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "hub.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "hub.login_protection.lockout_response"
# Failed attempts are kept (for the lockout) but successful sign-ins are not logged: minimal personal data.
AXES_DISABLE_ACCESS_LOG = True
# TOTP apps show the site's name beside the code.
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

# --- Security headers (hub.security_headers) --------------------------------------------------
# Public pages: nothing but the hub's own files, no inline script or style, no third party (the privacy promise
# enforced by the browser). Pages are cached and shared between visitors, so the policy carries no nonce.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "media-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# The dashboard would ask releases.wagtail.org for the latest version, telling it who runs the hub.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The admin: Wagtail 7.4's widgets start with inline scripts written per field (so neither hashes nor nonces,
# which Wagtail does not put on them, can list them) and its editor sets inline styles; uploads are previewed
# from blob: addresses. Still nothing from another site, and no plugins, <base> or foreign form targets.
HUB_ADMIN_CONTENT_SECURITY_POLICY = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "media-src": ["'self'", "blob:"],
}
# Powerful browser features no page of the hub uses, switched off for every page and anything it might embed.
# ("browsing-topics" is the successor of FLoC's "interest-cohort", which browsers no longer recognise.)
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}
