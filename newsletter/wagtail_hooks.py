from django.urls import include, path
from wagtail import hooks

from newsletter import urls


@hooks.register("register_admin_urls")
def register_newsletter_admin_urls():
    return [path("newsletter/", include(urls))]
