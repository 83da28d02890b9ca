from django.urls import include, path
from wagtail import hooks

from tests.testapp import urls


@hooks.register("register_admin_urls")
def register_notice_urls():
    return [path("testapp/", include(urls))]
