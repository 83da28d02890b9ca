"""A database outage as the hub meets it: PostgreSQL ends the connection this process holds."""

import psycopg
from django.db import connection


def end_this_connection():
    """Has PostgreSQL end this process's connection from a second one, as a server restart would."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    database = connection.settings_dict
    with psycopg.connect(
        dbname=database["NAME"], user=database["USER"], host=database["HOST"], port=database["PORT"] or None
    ) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])
