"""Settings come from the environment; production refuses to start half-configured and passes check --deploy."""

import pytest
from django.conf import settings

from hub.languages import HUB_LANGUAGES
from tests.support.commands import PRODUCTION, run_hub


def test_production_passes_check_deploy_without_warnings():
    result = run_hub("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "SITE_URL"])
def test_production_refuses_to_start_without_a_required_variable(missing):
    env = {key: value for key, value in PRODUCTION.items() if key != missing}
    result = run_hub("check", env=env)
    assert result.returncode != 0
    assert f"the environment variable {missing} must be set" in result.stderr


def test_environment_selects_database_cache_and_search():
    code = (
        "from django.conf import settings as s;"
        "print(s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'], s.WAGTAILSEARCH_BACKENDS['default']['BACKEND'])"
    )
    env = {
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "DATABASE_URL": "postgres://hub@127.0.0.1:5432/hub",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "OPENSEARCH_URL": "http://127.0.0.1:9200",
    }
    result = run_hub("shell", "--no-imports", "-c", code, env=env)
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "hub.cache_backends.ResilientRedisCache",  # Redis, whose failures are cache misses
        "search.engine_backends.opensearch2",
    ], result.stderr
    defaults = run_hub("shell", "--no-imports", "-c", code, env={"DJANGO_SETTINGS_MODULE": "hub.settings.dev"})
    assert defaults.stdout.split() == [
        "django.db.backends.sqlite3",
        "django.core.cache.backends.locmem.LocMemCache",
        "search.database_backends",
    ], defaults.stderr


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "None"),
        (
            {"LIBRETRANSLATE_URL": "http://127.0.0.1:5000"},
            "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        ),
        ({"DEEPL_API_KEY": "key:fx"}, "wagtail_localize.machine_translators.deepl.DeepLTranslator"),
    ],
)
def test_machine_translator_comes_from_the_environment(env, expected):
    code = "from django.conf import settings as s; print((getattr(s, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None) or {}).get('CLASS'))"
    result = run_hub("shell", "--no-imports", "-c", code, env={"DJANGO_SETTINGS_MODULE": "hub.settings.dev", **env})
    assert result.stdout.strip() == expected, result.stderr


def test_the_site_runs_in_every_language_though_tests_build_ten_trees():
    from hub.settings import base

    assert base.LANGUAGES == base.WAGTAIL_CONTENT_LANGUAGES == HUB_LANGUAGES
    assert len(HUB_LANGUAGES) == 17
    assert {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES} < {code for code, _name in HUB_LANGUAGES}
