"""A task for the worker's tests: it does its work, then its database connection is cut, as in an outage."""

import psycopg
from django.db import connection
from django_tasks import task


@task()
def work_then_lose_the_database(path):
    """Appends a line to `path` (what the task did), then has PostgreSQL end this process's connection: the
    worker cannot save the result."""
    with open(path, "a") as record:
        record.write("done\n")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    database = connection.settings_dict
    with psycopg.connect(
        dbname=database["NAME"], user=database["USER"], host=database["HOST"], port=database["PORT"] or None
    ) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])
    return {"done": True}
