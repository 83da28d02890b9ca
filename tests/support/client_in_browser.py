"""Chromium in front of Django's test client instead of a live server, for tests of data a transaction holds
(the demo network, built once and rolled back: a live server needs a transactional database, which empties it).

The test's thread asks the client for each page (Playwright answers routes in a context of its own, where the
transaction is not visible) and hands the browser the response; the browser fetches static files from the
finders itself, and nothing else."""

import mimetypes
from pathlib import Path

from django.contrib.staticfiles import finders

ORIGIN = "http://hub.test"


def serve_static(route):
    found = finders.find(route.request.url.removeprefix(f"{ORIGIN}/static/").split("?")[0])
    if not found:
        return route.fulfill(status=404, body="")
    content_type = mimetypes.guess_type(found)[0] or "application/octet-stream"
    return route.fulfill(status=200, body=Path(found).read_bytes(), content_type=content_type)


def open_page(browser, **context_options):
    """A page of a new browser context that loads static files and what `visit` hands it, and nothing else."""
    context = browser.new_context(base_url=ORIGIN, **context_options)
    context.route("**/*", lambda route: route.abort())  # routes added later are asked first
    context.route(f"{ORIGIN}/static/**", serve_static)
    page = context.new_page()
    page.set_default_timeout(15000)
    return page


def visit(page, client, path):
    """Show the client's response to `path` (redirects followed) in the page; the response."""
    response = client.get(path, follow=True)
    url = ORIGIN + response.request["PATH_INFO"]
    body = b"".join(response.streaming_content) if response.streaming else response.content

    def answer(route):
        route.fulfill(status=response.status_code, headers=dict(response.items()), body=body)

    page.route(url, answer, times=1)
    page.goto(url)
    return response
