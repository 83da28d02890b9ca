"""Every change made in the admin happens whole or not at all.

One click of an editor is many writes: creating a page copies it, as an alias, into every language's tree;
approving a task moves the workflow on and publishes. Wagtail runs most of these views without a transaction, so
an error half-way (the database busy, a mail server down) left pages missing from some trees. This middleware
runs each admin request that may write in one transaction, as Django's ATOMIC_REQUESTS does for every request.
Reading requests stay outside: on SQLite a transaction holds the single write lock from its start, and the
public site and the admin's pages must not queue behind writers to be read. Work deferred with
`transaction.on_commit` (cache purges, queued tasks) runs once the change is committed, as before.
"""

from django.db import transaction
from django.urls import reverse

READING_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class AtomicAdminWritesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # After CsrfViewMiddleware in MIDDLEWARE, so no other middleware's process_view is skipped by answering here.
        if request.method in READING_METHODS or not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        with transaction.atomic():
            return view_func(request, *view_args, **view_kwargs)
