"""Benchmark: the hub under load, with and without its caches, against a static file served by nginx.

    .venv/bin/python tests/perf/benchmark.py [--scale 10000] [--duration 10] [--connections 16]

Builds the demo network plus `--scale` pages, indexed for search, in a PostgreSQL database of its own (dropped
and rebuilt), serves it with gunicorn on 127.0.0.1 with production settings (on free ports unless `--app-port`,
`--static-port` and `--proxy-port` say otherwise; with a Redis server of its own unless `--redis` names one, which is
then used as it is and never flushed), drives load with wrk, and serves
the same home-page HTML from nginx as the baseline. Each page is measured
- without any cache, under `--connections` (throughput: requests queue for the workers) and under as many
  connections as the machine has cores (`--latency-connections`: a request's own time, the latency a visitor
  sees while the server keeps up);
- from the page cache (wagtail-cache in Redis, every hit still through gunicorn and Django's middleware);
- through Varnish with `docs/varnish.vcl`, the README's proxy setup (hits served without Python).
Installs wrk, nginx and Varnish with apt-get when they are missing. Prints each figure with its ratio to the
baseline and writes everything to JSON (`--output`). Not part of the test suite (pytest ignores tests/perf).
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
sys.path.insert(0, str(ROOT))  # run as a script: the fault suite's services are the repository's

from tests.faults.services import Redis, free_port  # noqa: E402

HUB = str(ROOT / ".venv" / "bin" / "hub")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
HOST = "127.0.0.1"
WORKERS = 3
# What each page is measured through (the keys of the JSON).
UNCACHED, LOW_LOAD, PAGE_CACHE, PROXY = "uncached", "uncached low load", "page cache", "proxy cache"

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
        ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{duration}s", "-s", script, url],
        check=True,
        text=True,
        capture_output=True,
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["rps"] = figures["requests"] / figures["seconds"]
    return figures


def serve_hub(env, page_cache, ports):
    server_env = {
        **env,
        "HUB_PAGE_CACHE": "true" if page_cache else "false",
        "FRONTEND_CACHE_URL": f"http://{HOST}:{ports.proxy_port}",
    }
    process = subprocess.Popen(
        [GUNICORN, "hub.wsgi", "-b", f"{HOST}:{ports.app_port}", "-w", str(WORKERS), "--log-level", "warning"],
        env=server_env,
        cwd=ROOT,
        start_new_session=True,
    )
    wait_for(f"http://{HOST}:{ports.app_port}/en/")
    return process


def serve_static(directory, port):
    config = Path(directory) / "nginx.conf"
    config.write_text(
        f"""daemon off; worker_processes 2; pid {directory}/nginx.pid; error_log {directory}/error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; client_body_temp_path {directory}; proxy_temp_path {directory};
  fastcgi_temp_path {directory}; uwsgi_temp_path {directory}; scgi_temp_path {directory};
  server {{ listen {HOST}:{port}; root {directory}; default_type text/html;
    location / {{ try_files /home.html =404; }} }} }}
"""
    )
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    process = subprocess.Popen([nginx, "-c", str(config)], start_new_session=True)
    wait_for(f"http://{HOST}:{port}/")
    return process


def serve_proxy(directory, ports):
    """Varnish with the README's configuration, its backend being the benchmark's gunicorn."""
    config = Path(directory) / "varnish.vcl"
    vcl = (ROOT / "docs" / "varnish.vcl").read_text()
    config.write_text(vcl.replace('.port = "8000"', f'.port = "{ports.app_port}"'))
    process = subprocess.Popen(
        [
            "varnishd",
            "-F",
            "-j",
            "none",
            "-f",
            str(config),
            "-a",
            f"{HOST}:{ports.proxy_port}",
            "-n",
            f"{directory}/varnish",
        ]
        + ["-s", "malloc,256m"],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for(f"http://{HOST}:{ports.proxy_port}/en/")
    return process


def stop(process):
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


def measure(label, base_url, pages, duration, connections, script):
    figures = {}
    for kind, path in pages.items():
        url = f"{base_url}{path}"
        urllib.request.urlopen(url).read()  # warm up (and fill the caches)
        figures[kind] = wrk(url, duration, connections, script)
        print(f"  {label:16} {kind:16} {figures[kind]['rps']:8.0f} req/s", flush=True)
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10000)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--latency-connections", type=int, default=os.cpu_count())
    parser.add_argument("--database", default="postgres://postgres@127.0.0.1:5432/hub_benchmark")
    parser.add_argument("--redis", help="A Redis URL to use as it is (default: a Redis server of the run's own)")
    for server in ("app", "static", "proxy"):
        parser.add_argument(f"--{server}-port", type=int, default=0, help="default: a free port")
    parser.add_argument(
        "--reuse-database", action="store_true", help="Measure the database as it is (built by an earlier run)"
    )
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks" / "results.json"))
    options = parser.parse_args()
    for server in ("app", "static", "proxy"):
        setattr(options, f"{server}_port", getattr(options, f"{server}_port") or free_port())
    connections = {
        UNCACHED: options.connections,
        LOW_LOAD: options.latency_connections,
        PAGE_CACHE: options.connections,
        PROXY: options.connections,
    }
    ensure_installed("wrk", "wrk")
    ensure_installed("nginx", "nginx-light")
    ensure_installed("varnishd", "varnish")

    workdir = tempfile.mkdtemp(prefix="hub-benchmark-")
    own_redis = None
    if not options.redis:
        own_redis = Redis()
        own_redis.start()
        options.redis = own_redis.url
    try:
        measure_all(options, connections, workdir)
    finally:
        if own_redis:
            own_redis.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def measure_all(options, connections, workdir):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.production",
        "DATABASE_URL": options.database,
        "REDIS_URL": options.redis,
        "SECRET_KEY": "benchmark-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": HOST,
        "SITE_URL": f"http://{HOST}:{options.app_port}",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(Path(workdir) / "static"),
        "MEDIA_ROOT": str(Path(workdir) / "media"),
        "PYTHONPATH": str(ROOT),
    }
    pages = prepare(env, options.scale, options.reuse_database)
    script = str(Path(workdir) / "report.lua")
    Path(script).write_text(WRK_REPORT)

    results = {
        "scale": None if options.reuse_database else options.scale,
        "duration": options.duration,
        "connections": options.connections,
        "latency_connections": options.latency_connections,
        "gunicorn_workers": WORKERS,
        "skipped": pages["missing"],
    }
    app, proxy = f"http://{HOST}:{options.app_port}", f"http://{HOST}:{options.proxy_port}"
    server = serve_hub(env, page_cache=False, ports=options)
    try:
        results[UNCACHED] = measure(UNCACHED, app, pages["found"], options.duration, connections[UNCACHED], script)
        results[LOW_LOAD] = measure(LOW_LOAD, app, pages["found"], options.duration, connections[LOW_LOAD], script)
    finally:
        stop(server)
    server = serve_hub(env, page_cache=True, ports=options)
    try:
        if "home page" in pages["found"]:
            Path(workdir, "home.html").write_bytes(urllib.request.urlopen(f"{app}{pages['found']['home page']}").read())
        results[PAGE_CACHE] = measure(
            PAGE_CACHE, app, pages["found"], options.duration, connections[PAGE_CACHE], script
        )
        varnish = serve_proxy(workdir, options)
        try:
            results[PROXY] = measure(PROXY, proxy, pages["found"], options.duration, connections[PROXY], script)
        finally:
            stop(varnish)
    finally:
        stop(server)
    nginx = serve_static(workdir, options.static_port)
    try:
        results["baseline"] = wrk(
            f"http://{HOST}:{options.static_port}/", options.duration, options.connections, script
        )
    finally:
        stop(nginx)

    baseline = results["baseline"]
    print(
        f"\nStatic baseline (nginx, the home page's HTML, {options.connections} connections): "
        f"{baseline['rps']:.0f} req/s, p50 {baseline['p50']:.2f} ms, p95 {baseline['p95']:.2f} ms, "
        f"p99 {baseline['p99']:.2f} ms"
    )
    print(f"{'page':18}{'measured':18}{'conn.':>6}{'req/s':>9}{'× base':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for label in connections:
        for kind, figures in results[label].items():
            figures["rps_ratio_to_baseline"] = figures["rps"] / baseline["rps"]
            for key in ("p50", "p95", "p99"):
                figures[f"{key}_ratio_to_baseline"] = figures[key] / baseline[key] if baseline[key] else None
            print(
                f"{kind:18}{label:18}{connections[label]:6}{figures['rps']:9.0f}"
                f"{figures['rps_ratio_to_baseline']:8.2f}{figures['p50']:9.2f}{figures['p95']:9.2f}{figures['p99']:9.2f}"
            )
    for kind, reason in pages["missing"].items():
        print(f"{kind}: skipped ({reason})")
    Path(options.output).write_text(json.dumps(results, indent=2))
    print(f"\nAll figures: {options.output}")


if __name__ == "__main__":
    sys.exit(main())
