"""The hub's command line run in a fresh process, with the environment a test gives it."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
# Variables a developer or another test may have set that must not colour these runs.
IGNORED = {"DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE", "LIBRETRANSLATE_URL", "DEEPL_API_KEY"}
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "hub.settings.production",
    "SECRET_KEY": "x7#kq0-" + "a9Zp3LmN8vQ2rT6yW1eR5uI0oP4sD7fG" * 2,
    "ALLOWED_HOSTS": "hub.example.org",
    "DATABASE_URL": "sqlite:////tmp/hub-deploy-check.sqlite3",
    "SITE_URL": "https://hub.example.org",
}


def run_hub(*args, env):
    clean = {key: value for key, value in os.environ.items() if key not in PRODUCTION and key not in IGNORED}
    return subprocess.run(
        [sys.executable, "-m", "hub.manage", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
