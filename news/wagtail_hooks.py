from django.urls import include, path
from wagtail import hooks

from hub.plugins import plugin_registry
from news import urls
from news.admin_views import dashboard_panel


@hooks.register("register_admin_urls")
def register_comment_admin_urls():
    return [path("comments/", include(urls))]


@hooks.register("construct_homepage_panels")
def add_waiting_comments_panel(request, panels):
    if plugin_registry.is_enabled("news") and (panel := dashboard_panel(request.user)):
        panels.append(panel)
