"""Search benchmark: latency of the public search page over a large corpus, on PostgreSQL's full-text search.

    python tests/perf/search_benchmark.py [--pages 50000] [--rounds 5] [--database postgres://…/hub_search_benchmark]

Builds the demo network plus `--pages` pages (`hub hub_demo --scale`, which writes them in bulk and then indexes
everything for search in one `update_index` pass) in a PostgreSQL database of its own, dropped and rebuilt
(`--reuse-database` measures an earlier build as it is). Then, in a process set up by hub/wsgi.py as a server's is,
asks the search page — the view itself, through Django's test client, with the page cache off and Wagtail's database
backend — a set of queries in English, French and Arabic (single words, two words, phrases, narrowed by type or by
language, all languages), `--rounds` times each, and prints the median and 95th percentile latency overall and per
query, with the time the ranking alone took (`search.engine.ranked_pages`). Writes everything to JSON (`--output`).
Not part of the test suite (pytest ignores tests/perf).
"""

import argparse
import importlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"

# (language of the search page, query string): what visitors type, over the demo network and the scale topics.
QUERIES = [
    ("en", {"q": "housing"}),
    ("en", {"q": "detention"}),
    ("en", {"q": "asylum support"}),
    ("en", {"q": "english classes"}),
    ("en", {"q": '"right to rent"'}),
    ("en", {"q": "family reunion", "type": "resources.resourcepage"}),
    ("en", {"q": "campaign"}),
    ("en", {"q": "housing", "language": "ar"}),
    ("en", {"q": "councillor"}),
    ("en", {"q": "zyxwvut"}),
    ("en", {"q": "housing", "languages": "all"}),
    ("fr", {"q": "logement"}),
    ("fr", {"q": "rétention"}),
    ("fr", {"q": "regroupement familial"}),
    ("fr", {"q": '"cours d\'anglais"'}),
    ("fr", {"q": "travailleurs", "type": "resources.resourcepage"}),
    ("ar", {"q": "السكن"}),
    ("ar", {"q": "السكن", "language": "ar"}),
    ("ar", {"q": "احتجاز"}),
    ("ar", {"q": "لم شمل"}),
    ("ar", {"q": '"حق الإيجار"'}),
    ("ar", {"q": "المهاجرين", "type": "resources.resourcepage"}),
]


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "-m", "hub.manage", *args], env=env, cwd=ROOT, check=True, text=True, capture_output=True
    )


def build(env, database, pages):
    subprocess.run(["dropdb", "--if-exists", "-h", HOST, "-U", "postgres", database], check=True)
    subprocess.run(["createdb", "-h", HOST, "-U", "postgres", database], check=True)
    manage("migrate", "-v0", env=env)
    print(f"Building the demo network and {pages} pages, then the search index…", flush=True)
    started = time.monotonic()
    out = manage("hub_demo", "--password", "benchmark", "--scale", str(pages), env=env).stdout
    figures = {"build_seconds": round(time.monotonic() - started, 1)}
    for line in out.splitlines():
        if line.startswith(("Added", "Indexed")):
            print(" ", line, flush=True)
            figures["scale_line" if line.startswith("Added") else "index_line"] = line
    return figures


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def summary(milliseconds):
    return {
        "median_ms": round(statistics.median(milliseconds), 1),
        "p95_ms": round(percentile(milliseconds, 0.95), 1),
        "max_ms": round(max(milliseconds), 1),
    }


def measure(rounds):
    """Time every query `rounds` times (after one warm-up) through the search page; returns the figures."""
    importlib.import_module("hub.wsgi")  # Django set up as a server process sets it up, garbage collection included
    from django.db import connection
    from django.test import Client
    from django.urls import reverse
    from django.utils import translation
    from wagtail.models import Page

    from search import engine, views

    # The ranking alone, timed around the real function the view calls.
    ranking = []
    ranked_pages = engine.ranked_pages

    def timed_ranked_pages(*args, **kwargs):
        started = time.perf_counter()
        try:
            return ranked_pages(*args, **kwargs)
        finally:
            ranking.append((time.perf_counter() - started) * 1000)

    engine.ranked_pages = timed_ranked_pages
    # How many results the page found, read from what the view renders (the test client records templates'
    # contexts only under the test runner's instrumentation, which would add to every render).
    rendered = {}
    render = views.render

    def recording_render(request, template, context):
        rendered.update(context)
        return render(request, template, context)

    views.render = recording_render
    client = Client()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM wagtailsearch_indexentry")
        indexed = cursor.fetchone()[0]
    results = {
        "pages": Page.objects.count(),
        "live_public_pages_searched": {},
        "index_entries": indexed,
        "queries": [],
    }
    for language in sorted({language for language, _params in QUERIES}):
        with translation.override(language):
            results["live_public_pages_searched"][language] = views.searchable_pages(False).count()
    all_totals, all_ranking = [], []
    for language, params in QUERIES:
        with translation.override(language):
            url = reverse("search")
        response = client.get(url, params)  # warm-up
        assert response.status_code == 200, (url, params, response.status_code)
        totals = []
        ranking.clear()
        for _round in range(rounds):
            started = time.perf_counter()
            response = client.get(url, params)
            totals.append((time.perf_counter() - started) * 1000)
        found = rendered["result_count"]
        entry = {"language": language, "params": params, "results": found, **summary(totals)}
        entry["ranking_median_ms"] = round(statistics.median(ranking), 1)
        results["queries"].append(entry)
        all_totals += totals
        all_ranking += ranking
        print(
            f"  {language} {json.dumps(params, ensure_ascii=False):58} {found:6} results  "
            f"median {entry['median_ms']:7.1f} ms  p95 {entry['p95_ms']:7.1f} ms  "
            f"(ranking {entry['ranking_median_ms']:.1f} ms)",
            flush=True,
        )
    results["overall"] = summary(all_totals)
    results["overall_ranking"] = summary(all_ranking)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=50000, help="Scale pages added to the demo network")
    parser.add_argument("--rounds", type=int, default=5, help="Times each query is asked (after one warm-up)")
    parser.add_argument("--database", default=f"postgres://postgres@{HOST}:5432/hub_search_benchmark")
    parser.add_argument(
        "--reuse-database", action="store_true", help="Measure the database as it is (built by an earlier run)"
    )
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks" / "search_results.json"))
    options = parser.parse_args()

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "DEBUG": "false",  # no query log, templates as in production
        "DATABASE_URL": options.database,
        "ALLOWED_HOSTS": "testserver",
        "HUB_PAGE_CACHE": "false",  # every request does the search
        "PYTHONPATH": str(ROOT),
    }
    # Only the database backend: an engine configured in the environment is not what this measures.
    for name in ("OPENSEARCH_URL", "ELASTICSEARCH_URL", "REDIS_URL"):
        env.pop(name, None)
    results = {"rounds": options.rounds, "database": options.database.rsplit("/", 1)[1]}
    if options.reuse_database:
        results["scale"] = None
    else:
        results["scale"] = options.pages
        results.update(build(env, results["database"], options.pages))
    os.environ.clear()
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    print(f"Asking {len(QUERIES)} queries {options.rounds} times each…", flush=True)
    results.update(measure(options.rounds))
    overall, ranking = results["overall"], results["overall_ranking"]
    print(
        f"\n{results['pages']} pages. Search page: median {overall['median_ms']} ms, "
        f"95th percentile {overall['p95_ms']} ms (ranking alone: median {ranking['median_ms']} ms, "
        f"95th percentile {ranking['p95_ms']} ms)."
    )
    Path(options.output).write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"All figures: {options.output}")


if __name__ == "__main__":
    sys.exit(main())
