"""`/healthz`: whether this web process can serve, for a supervisor or a load balancer (README, Operations).

It asks the database one cheap question and answers in plain text: never cached, no personal data, nothing
about the visitor. Redis, mail and the search engine are left out on purpose: without them the hub still
serves (it degrades), so they must not take a healthy process out of rotation.
"""

import logging

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        logger.warning("Health check: the database is unavailable (%s)", error)
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
