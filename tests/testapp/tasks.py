"""A task for the worker's tests: it does its work, then its database connection is cut, as in an outage."""

from django_tasks import task

from tests.support.outage import end_this_connection


@task()
def work_then_lose_the_database(path):
    """Appends a line to `path` (what the task did), then has PostgreSQL end this process's connection: the
    worker cannot save the result."""
    with open(path, "a") as record:
        record.write("done\n")
    end_this_connection()
    return {"done": True}
