from django.urls import include, path
from wagtail import hooks

from campaigns import urls


@hooks.register("register_admin_urls")
def register_campaign_admin_urls():
    return [path("campaigns/", include(urls))]
