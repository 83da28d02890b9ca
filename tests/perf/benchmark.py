"""Benchmark: the hub under load, with and without the page cache, against a static file served by nginx.

    .venv/bin/python tests/perf/benchmark.py [--scale 10000] [--duration 10] [--connections 16]

Builds the demo network plus `--scale` pages, indexed for search, in a PostgreSQL database of its own (dropped
and rebuilt), serves it with gunicorn on 127.0.0.1 with production settings, drives load with wrk, and serves
the same home-page HTML from nginx as the baseline. Installs wrk and nginx with apt-get when they are missing.
Prints each figure with its ratio to the baseline and writes everything to JSON (`--output`).
Not part of the test suite (pytest ignores tests/perf).
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HUB = str(ROOT / ".venv" / "bin" / "hub")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
HOST = "127.0.0.1"
APP_PORT, STATIC_PORT = 8731, 8732

# wrk reports the percentiles we want (p95 included) as one JSON line.
WRK_REPORT = """
done = function(summary, latency, requests)
  io.write(string.format('{"requests": %d, "errors": %d, "seconds": %f, "p50": %f, "p95": %f, "p99": %f}\\n',
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout,
    summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
    latency:percentile(99) / 1e3))
end
"""

# What the hub should print: the URL of one page of each kind, or why there is none.
FIND_PAGES = """
import json
from django.apps import apps as django_apps
from wagtail.models import Locale
from hub.models import MemberOrganisationPage
from hub.plugins import plugin_registry
from home.models import HomePage

locale = Locale.get_default()
found, missing = {}, {}
found["home page"] = HomePage.objects.get(locale=locale).url
profile = MemberOrganisationPage.objects.filter(locale=locale).order_by("path").first()
found["member profile"] = profile.url
labels = {info.label for info in plugin_registry.enabled()}

def first_of(label, model_name, kind):
    if label not in labels:
        missing[kind] = f"the {label} plugin is not installed"
        return
    page = django_apps.get_model(label, model_name).objects.live().filter(locale=locale).order_by("-path").first()
    if page is None:
        missing[kind] = f"no {model_name} in the demo"
    else:
        found[kind] = page.url

first_of("resources", "ResourceIndexPage", "resource library")
first_of("resources", "ResourcePage", "resource")
first_of("events", "EventIndexPage", "events listing")
first_of("campaigns", "CampaignPage", "campaign")
# Search is an app of its own, not a plugin: benchmarked whenever it is installed.
if django_apps.is_installed("search"):
    found["search"] = "/en/search/?q=housing"
else:
    missing["search"] = "the search app is not installed"
print(json.dumps({"found": found, "missing": missing}))
"""


def ensure_installed(program, package):
    if shutil.which(program) or Path(f"/usr/sbin/{program}").exists():
        return
    print(f"Installing {package} with apt-get…")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run([*sudo, "apt-get", "install", "-y", "-q", package], check=True)


def run(*args, env, **kwargs):
    return subprocess.run(args, env=env, check=True, text=True, capture_output=True, **kwargs)


def prepare(env, scale, reuse):
    if not reuse:
        database = env["DATABASE_URL"].rsplit("/", 1)[1]
        subprocess.run(["dropdb", "--if-exists", "-h", HOST, "-U", "postgres", database], check=True)
        subprocess.run(["createdb", "-h", HOST, "-U", "postgres", database], check=True)
        print(f"Building the demo network and {scale} pages…", flush=True)
        run(HUB, "migrate", "-v0", env=env)
        started = time.monotonic()
        out = run(HUB, "hub_demo", "--password", "benchmark", "--scale", str(scale), env=env).stdout
        # hub_demo indexes every page for search (scale pages included) in one update_index pass at the end,
        # so the search case searches the scale data too.
        reported = [line for line in out.splitlines() if line.startswith(("Added", "Indexed"))]
        print(*reported, f"(with the demo: {time.monotonic() - started:.0f} s)", flush=True)
    run(HUB, "collectstatic", "--noinput", "-v0", env=env)
    return json.loads(run(HUB, "shell", "--no-imports", "-c", FIND_PAGES, env=env).stdout.strip().splitlines()[-1])


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"Nothing answered at {url}")


def wrk(url, duration, connections, script):
    result = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "-s", script, url],
        check=True,
        text=True,
        capture_output=True,
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["rps"] = figures["requests"] / figures["seconds"]
    return figures


def serve_hub(env, page_cache):
    server_env = {**env, "HUB_PAGE_CACHE": "true" if page_cache else "false"}
    process = subprocess.Popen(
        [GUNICORN, "hub.wsgi", "-b", f"{HOST}:{APP_PORT}", "-w", "3", "--log-level", "warning"],
        env=server_env,
        cwd=ROOT,
        start_new_session=True,
    )
    wait_for(f"http://{HOST}:{APP_PORT}/en/")
    return process


def serve_static(directory):
    config = Path(directory) / "nginx.conf"
    config.write_text(
        f"""daemon off; worker_processes 2; pid {directory}/nginx.pid; error_log {directory}/error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; client_body_temp_path {directory}; proxy_temp_path {directory};
  fastcgi_temp_path {directory}; uwsgi_temp_path {directory}; scgi_temp_path {directory};
  server {{ listen {HOST}:{STATIC_PORT}; root {directory}; default_type text/html;
    location / {{ try_files /home.html =404; }} }} }}
"""
    )
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    process = subprocess.Popen([nginx, "-c", str(config)], start_new_session=True)
    wait_for(f"http://{HOST}:{STATIC_PORT}/")
    return process


def stop(process):
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10000)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--database", default="postgres://postgres@127.0.0.1:5432/hub_benchmark")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/5")
    parser.add_argument(
        "--reuse-database", action="store_true", help="Measure the database as it is (built by an earlier run)"
    )
    parser.add_argument("--output", default=str(ROOT / "tests" / "perf" / "results.json"))
    options = parser.parse_args()
    ensure_installed("wrk", "wrk")
    ensure_installed("nginx", "nginx-light")

    workdir = tempfile.mkdtemp(prefix="hub-benchmark-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.production",
        "DATABASE_URL": options.database,
        "REDIS_URL": options.redis,
        "SECRET_KEY": "benchmark-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": HOST,
        "SITE_URL": f"http://{HOST}:{APP_PORT}",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(Path(workdir) / "static"),
        "MEDIA_ROOT": str(Path(workdir) / "media"),
        "PYTHONPATH": str(ROOT),
    }
    pages = prepare(env, options.scale, options.reuse_database)
    script = Path(workdir) / "report.lua"
    script.write_text(WRK_REPORT)
    subprocess.run(["redis-cli", "-u", options.redis, "flushdb"], check=False, capture_output=True)

    results = {
        "scale": None if options.reuse_database else options.scale,
        "duration": options.duration,
        "connections": options.connections,
    }
    results["skipped"] = pages["missing"]
    for page_cache in (False, True):
        server = serve_hub(env, page_cache)
        try:
            if page_cache and "home page" in pages["found"]:
                home = urllib.request.urlopen(f"http://{HOST}:{APP_PORT}{pages['found']['home page']}").read()
                Path(workdir, "home.html").write_bytes(home)
            label = "cached" if page_cache else "uncached"
            results[label] = {}
            for kind, path in pages["found"].items():
                url = f"http://{HOST}:{APP_PORT}{path}"
                urllib.request.urlopen(url).read()  # warm up (and fill the cache)
                results[label][kind] = wrk(url, options.duration, options.connections, str(script))
                print(f"  {label:9} {kind:16} {results[label][kind]['rps']:8.0f} req/s", flush=True)
        finally:
            stop(server)
    nginx = serve_static(workdir)
    try:
        results["baseline"] = wrk(f"http://{HOST}:{STATIC_PORT}/", options.duration, options.connections, str(script))
    finally:
        stop(nginx)

    baseline = results["baseline"]
    print(
        f"\nStatic baseline (nginx, the home page's HTML): {baseline['rps']:.0f} req/s, "
        f"p50 {baseline['p50']:.2f} ms, p95 {baseline['p95']:.2f} ms, p99 {baseline['p99']:.2f} ms"
    )
    print(f"{'page':18}{'cache':10}{'req/s':>9}{'× base':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for label in ("uncached", "cached"):
        for kind, figures in results[label].items():
            figures["rps_ratio_to_baseline"] = figures["rps"] / baseline["rps"]
            for key in ("p50", "p95", "p99"):
                figures[f"{key}_ratio_to_baseline"] = figures[key] / baseline[key] if baseline[key] else None
            print(
                f"{kind:18}{label:10}{figures['rps']:9.0f}{figures['rps_ratio_to_baseline']:8.2f}"
                f"{figures['p50']:9.2f}{figures['p95']:9.2f}{figures['p99']:9.2f}"
            )
    for kind, reason in pages["missing"].items():
        print(f"{kind}: skipped ({reason})")
    Path(options.output).write_text(json.dumps(results, indent=2))
    print(f"\nAll figures: {options.output}")
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
