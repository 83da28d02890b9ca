from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from membership import urls


@hooks.register("register_admin_urls")
def register_membership_admin_urls():
    return [path("membership/", include(urls))]


@hooks.register("register_log_actions")
def register_membership_log_actions(actions):
    actions.register_action("membership.application.submit", _("Application sent"), _("Application sent"))
    actions.register_action("membership.application.approve", _("Application approved"), _("Application approved"))
    actions.register_action("membership.application.decline", _("Application declined"), _("Application declined"))
    actions.register_action("membership.application.ask", _("More information asked"), _("More information asked"))
