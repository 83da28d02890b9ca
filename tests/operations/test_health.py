"""/healthz: cheap, never cached, nothing personal; it answers whether this process can reach its database."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_uncached_and_without_cookies(settings, django_assert_max_num_queries):
    settings.WAGTAIL_CACHE = True
    with django_assert_max_num_queries(1):
        response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]
    assert Client().get("/healthz").get("X-Wagtail-Cache") == "skip"
    assert not response.cookies
