"""Every admin URL has a recorded rule (hub.admin_url_rules): an upgrade that brings a new admin view fails here
until someone has looked at what guards it, and added a hub guard where Wagtail's own check is not enough."""

from django.urls import URLPattern, URLResolver, get_resolver

from hub.admin_url_rules import admin_url_rules

ADMIN = "admin/"


def routes(patterns, prefix=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route


def admin_routes():
    return {route.removeprefix(ADMIN) for route in routes(get_resolver().url_patterns) if route.startswith(ADMIN)}


def test_every_admin_url_pattern_has_a_rule():
    rules = admin_url_rules()
    assert sorted(route for route in admin_routes() if not rules.get(route)) == []


def test_no_rule_is_left_for_a_url_that_no_longer_exists():
    assert sorted(set(admin_url_rules()) - admin_routes() - {"test404/"}) == []


def test_the_walk_sees_the_guards_routed_ahead_of_wagtail_and_plugins_urls():
    found = admin_routes()
    assert {"localize/update/<int:translation_source_id>/", "cache/clearcache", "pages/<int:page_id>/edit/"} <= found
    assert "events/<int:page_id>/registrations/results/" in found
