"""Where an uncached page's time goes: one page of every public page type, rendered and profiled.

    python tests/perf/profile_pages.py [--database URL] [--renders 20] [--top 12] [--output profile.json]

Finds one live, public page of each page type in the default language (the first by tree order) and the search page
(`?q=housing`), renders each through Django's test client with the page cache off and debug off, once to warm up and
then `--renders` times under cProfile, and prints per page type: the mean time per render, the queries one render
asks, and the functions that took the most cumulative time (below the handler and middleware, through which all of
it passes) — first the hub's own (its apps and plugins), then any.
The database must hold the demo network (`hub hub_demo`); the default is the quick start's SQLite file. Not part of
the test suite (pytest ignores tests/perf); `docs/performance.md` summarises its output.
"""

import argparse
import cProfile
import importlib
import json
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEARCH_QUERY = {"q": "housing"}
WRAPPER_SHARE = 0.9  # of a request's time: a function that took more is one the whole request passed through


def public_pages():
    """{page type label: url} for one live public page of every page type in the default language."""
    from wagtail.models import Locale, Page, get_page_models

    pages = Page.objects.live().public().filter(locale=Locale.get_default(), alias_of__isnull=True)
    found = {}
    for model in get_page_models():
        if model is Page or model._meta.abstract:
            continue
        page = pages.exact_type(model).order_by("path").first()
        if page is not None:
            found[f"{model._meta.app_label}.{model.__name__}"] = page.url
    return found


def queries_of(client, url, params):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(url, params)
    return len(captured)


def own_code(filename):
    """Whether a profiled function is the hub's (not Django's, Wagtail's or another installed package's)."""
    return filename.startswith(str(ROOT)) and "site-packages" not in filename and "/tests/" not in filename


def top_functions(profile, top, only_own):
    """The functions that took most time with what they called, leaving out those through which the whole request
    passes (the test client, the handler, each middleware): they would fill the list and say nothing."""
    stats = pstats.Stats(profile)
    whole = max(cumulative for _calls, _primitive, _own, cumulative, _callers in stats.stats.values())
    rows = []
    for (filename, line, name), (_calls, _primitive, _own_time, cumulative, _callers) in stats.stats.items():
        if (only_own and not own_code(filename)) or cumulative > WRAPPER_SHARE * whole:
            continue
        shown = filename.replace(str(ROOT) + "/", "").split("site-packages/")[-1]
        rows.append((cumulative, f"{shown}:{line} {name}"))
    rows.sort(reverse=True)
    return rows[:top]


def profile_page(client, url, params, renders, top):
    response = client.get(url, params)  # warm-up: templates compiled, caches of the process filled
    assert response.status_code == 200, (url, response.status_code)
    queries = queries_of(client, url, params)
    profile = cProfile.Profile()
    timings = []
    for _render in range(renders):
        started = time.perf_counter()
        profile.enable()
        client.get(url, params)
        profile.disable()
        timings.append((time.perf_counter() - started) * 1000)
    return {
        "url": url,
        "queries": queries,
        "median_ms": round(statistics.median(timings), 1),
        # Per render: cProfile slows the code it watches, so these add up to more than the median.
        "hub_functions": [
            (round(seconds * 1000 / renders, 2), name) for seconds, name in top_functions(profile, top, True)
        ],
        "all_functions": [
            (round(seconds * 1000 / renders, 2), name) for seconds, name in top_functions(profile, top, False)
        ],
    }


def print_page(label, figures):
    print(f"\n{label}  {figures['url']}\n  median {figures['median_ms']} ms per render, {figures['queries']} queries")
    for heading, key in (("the hub's code", "hub_functions"), ("everything", "all_functions")):
        print(f"  top by cumulative time, {heading} (ms per render, profiled):")
        for milliseconds, name in figures[key]:
            print(f"    {milliseconds:8.2f}  {name}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", default=f"sqlite:///{ROOT / 'db.sqlite3'}", help="Holds the demo network")
    parser.add_argument("--renders", type=int, default=20, help="Profiled renders of each page (after one warm-up)")
    parser.add_argument("--top", type=int, default=12, help="Functions listed per page and list")
    parser.add_argument("--output", help="Also write every figure to this JSON file")
    options = parser.parse_args()

    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
            "DEBUG": "false",  # no query log, templates cached as in production
            "DATABASE_URL": options.database,
            "ALLOWED_HOSTS": "testserver",
            "HUB_PAGE_CACHE": "false",  # every render is the page's whole work
        }
    )
    for name in ("OPENSEARCH_URL", "ELASTICSEARCH_URL", "REDIS_URL"):
        os.environ.pop(name, None)
    sys.path.insert(0, str(ROOT))
    importlib.import_module("hub.wsgi")  # Django set up as a server process sets it up
    from django.test import Client
    from django.urls import reverse

    pages = {label: (url, {}) for label, url in public_pages().items()}
    if not pages:
        raise SystemExit(f"No live page in {options.database}: build the demo first (hub hub_demo).")
    pages["search"] = (reverse("search"), SEARCH_QUERY)
    client = Client()
    results = {}
    for label, (url, params) in pages.items():
        results[label] = profile_page(client, url, params, options.renders, options.top)
        print_page(label, results[label])
    print("\nSummary (median ms per render, queries):")
    for label, figures in sorted(results.items(), key=lambda item: -item[1]["median_ms"]):
        print(f"  {label:42} {figures['median_ms']:7.1f} ms  {figures['queries']:3} queries")
    if options.output:
        Path(options.output).write_text(json.dumps(results, indent=2, ensure_ascii=False))
        print(f"All figures: {options.output}")


if __name__ == "__main__":
    sys.exit(main())
