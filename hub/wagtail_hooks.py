"""Admin wiring for the core, and the one place where plugins' declarations become Wagtail hooks."""

from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Locale, Page
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from hub import caching, private_media
from hub.admin_guards import (
    TRANSLATE_PERMISSION,
    ChoosableDocumentsAPI,
    ChoosableImagesAPI,
    pages_visible_in_choosers,
)
from hub.consent import refuse_publishing_without_consent
from hub.dashboard import panels_for
from hub.models import Community, Region, Theme
from hub.models.workflow_tasks import reviews_every_language
from hub.plugins import plugin_registry
from hub.reports import submissions_report
from hub.setup import alias_into_every_language
from hub.views import locales_for_translation_status, onboard, translation_status
from hub.workflow_views import submit_translation_for_review


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    add_to_admin_menu = False


class ThemeViewSet(TaxonomyViewSet):
    model = Theme
    icon = "tag"


class RegionViewSet(TaxonomyViewSet):
    model = Region
    icon = "site"


class CommunityViewSet(TaxonomyViewSet):
    model = Community
    icon = "group"


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (ThemeViewSet, RegionViewSet, CommunityViewSet)


hooks.register("register_admin_viewset", TaxonomyViewSetGroup)


hooks.register("before_publish_page", refuse_publishing_without_consent)


@hooks.register("after_create_page")
def alias_pages_written_in_other_languages(request, page):
    alias_into_every_language(page)


@hooks.register("register_admin_urls")
def register_hub_admin_urls():
    return [
        path("members/onboard/", onboard, name="hub_onboard_member"),
        path("translations/<int:page_id>/submit/", submit_translation_for_review, name="hub_submit_translation"),
        path("reports/editorial-workflow/", submissions_report, name="hub_workflow_report"),
        path("translation-status/", translation_status, name="hub_translation_status"),
        path("private-media/<path:name>", private_media.preview, name="hub_private_media"),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, plugin="", **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission
        self.plugin = plugin

    def is_shown(self, request):
        if self.plugin and not plugin_registry.is_enabled(self.plugin):
            return False
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_onboarding_menu_item():
    return PermissionMenuItem(
        _("Add a member"),
        reverse("hub_onboard_member"),
        icon_name="group",
        order=250,
        permission="hub.onboard_member",
    )


class TranslationStatusMenuItem(MenuItem):
    """For whoever translates: the network team, and translators (who see their own languages)."""

    def is_shown(self, request):
        return bool(locales_for_translation_status(request.user))


@hooks.register("register_admin_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("hub_translation_status"), icon_name="site", order=260
    )


def plugin_menu_item_hook(entry):
    def menu_item():
        return PermissionMenuItem(
            entry.label,
            reverse(entry.url_name),
            name=entry.name,
            icon_name=entry.icon_name,
            order=entry.order,
            permission=entry.permission,
            plugin=entry.plugin,
        )

    return menu_item


for _entry in plugin_registry.admin_menu_items():
    hooks.register("register_admin_menu_item", plugin_menu_item_hook(_entry))


@hooks.register("before_serve_page")
def hide_pages_of_disabled_plugins(page, request, serve_args, serve_kwargs):
    if plugin_registry.belongs_to_disabled_plugin(page.specific_class):
        raise Http404


@hooks.register("before_create_page")
def refuse_page_types_of_disabled_plugins(request, parent_page, page_class):
    if plugin_registry.belongs_to_disabled_plugin(page_class):
        messages.error(request, gettext("This page type belongs to a plugin that is switched off."))
        return redirect("wagtailadmin_explore", parent_page.pk)
    return None


@hooks.register("construct_page_chooser_queryset")
def hide_other_members_drafts_in_chooser(pages, request):
    """Editors choose from what is public plus what they may edit; others' drafts stay unseen."""
    # Filtered by primary key, so that chooser search (which filters only on indexed fields) works too.
    return pages.filter(pk__in=Page.objects.filter(pages_visible_in_choosers(request.user)).values("pk"))


@hooks.register("construct_admin_api", order=1)  # after Wagtail's own endpoints, to replace them
def only_choosable_media_in_admin_api(router):
    router.register_endpoint("documents", ChoosableDocumentsAPI)
    router.register_endpoint("images", ChoosableImagesAPI)


@hooks.register("before_move_page")
def refuse_moves_the_editor_may_not_make(request, page_to_move, destination):
    # Wagtail checks this only when the move is confirmed, not when it shows the confirmation page.
    if not page_to_move.permissions_for_user(request.user).can_move_to(destination):
        return permission_denied(request)
    return None


class SubmitTranslationButton(PageMenuItem):
    label = _("Submit translation for review")
    icon_name = "check"
    url_name = "hub_submit_translation"
    priority = 5

    def is_shown(self, user):
        # Cheap signs of a translation (the view checks for real): its own content, outside the source language.
        page = self.page
        if not hasattr(user, "_hub_default_locale_id"):  # asked once per listing, not once per row
            user._hub_default_locale_id = Locale.get_default().pk
        return (
            page.alias_of_id is None
            and page.locale_id != user._hub_default_locale_id
            and page.permissions_for_user(user).can_edit()
        )


@hooks.register("register_page_listing_more_buttons")
def submit_translation_button(page, user, next_url=None):
    yield SubmitTranslationButton(page=page)


@hooks.register("construct_homepage_panels")
def add_workflow_panels(request, panels):
    panels.extend(panels_for(request.user))


class NetworkReportMenuItem(MenuItem):
    def is_shown(self, request):
        return reviews_every_language(request.user)


@hooks.register("construct_reports_menu")
def hide_translations_report_from_those_who_do_not_translate(request, menu_items):
    if not request.user.has_perm(TRANSLATE_PERMISSION):
        report_url = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != report_url]


@hooks.register("register_reports_menu_item")
def register_workflow_report_menu_item():
    return NetworkReportMenuItem(_("Editorial workflow"), reverse("hub_workflow_report"), icon_name="table", order=50)


# The anonymous page cache (wagtail-cache) asks these what it may keep: see hub.caching.
hooks.register("is_request_cacheable", caching.is_request_cacheable)
hooks.register("is_response_cacheable", caching.is_response_cacheable)
