"""Admin wiring for the core, and the one place where plugins' declarations become Wagtail hooks."""

from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Locale, Page
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import edit_translation

from hub import caching, interface_translation_views, login_protection, private_media, task_reports, two_factor_views
from hub.admin_guards import (
    TRANSLATE_PERMISSION,
    ChoosableDocumentsAPI,
    ChoosableImagesAPI,
    opens_for,
    pages_visible_in_choosers,
)
from hub.consent import refuse_publishing_without_consent
from hub.dashboard import panels_for
from hub.language_trees import IncompleteTreesPanel, incomplete_trees
from hub.models import Community, Region, Theme
from hub.plugins import plugin_registry
from hub.reports import WorkflowReportView
from hub.review_in_editor import ChangesUnderReview, put_the_review_actions_first, review_in_the_page_editor
from hub.roles import is_network_editor
from hub.translation_status import TranslationStatusView, locales_for_translation_status
from hub.views import onboard
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
# Ahead of wagtail-localize's own, which would open a translation's reviewer in the translation editor.
hooks.register("before_edit_page", review_in_the_page_editor, order=-1)
hooks.register("construct_page_action_menu", put_the_review_actions_first)


network_only = opens_for(is_network_editor)


@hooks.register("register_admin_urls")
def register_hub_admin_urls():
    return [
        path("members/onboard/", onboard, name="hub_onboard_member"),
        path("translations/<int:page_id>/submit/", submit_translation_for_review, name="hub_submit_translation"),
        path("reports/editorial-workflow/", network_only(WorkflowReportView.as_view()), name="hub_workflow_report"),
        path(
            "reports/editorial-workflow/results/",
            network_only(WorkflowReportView.as_view(results_only=True)),
            name="hub_workflow_report_results",
        ),
        path("review/<int:page_id>/changes/", ChangesUnderReview.as_view(), name="hub_changes_under_review"),
        path("translation-status/", TranslationStatusView.as_view(), name="hub_translation_status"),
        path(
            "translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="hub_translation_status_results",
        ),
        path("private-media/<path:name>", private_media.preview, name="hub_private_media"),
        *interface_translation_urls(),
    ]


def interface_translation_urls():
    views = interface_translation_views
    return [
        path("interface-translations/", views.index, name="hub_interface_translations"),
        path("interface-translations/<str:language>/", views.language_strings, name="hub_interface_strings"),
        path("interface-translations/<str:language>/export/", views.export_po, name="hub_interface_export"),
        path("interface-translations/<str:language>/import/", views.import_po, name="hub_interface_import"),
        path("interface-translations/<str:language>/<str:key>/", views.edit_string, name="hub_interface_string"),
        path(
            "interface-translations/<str:language>/<str:key>/confirm/",
            views.confirm_string,
            name="hub_interface_confirm",
        ),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_onboarding_menu_item():
    return PermissionMenuItem(
        _("Add a member"),
        reverse("hub_onboard_member"),
        name="add-a-member",  # not derived from the label, which is in the language of whoever came first
        icon_name="group",
        order=250,
        permission="hub.onboard_member",
    )


class PluginMenuItem(MenuItem):
    """A plugin's declared menu item (hub.plugins.AdminMenuEntry): shown while the plugin is enabled, to those
    it declares can use it."""

    def __init__(self, entry):
        super().__init__(
            entry.label, reverse(entry.url_name), name=entry.name, icon_name=entry.icon_name, order=entry.order
        )
        self.entry = entry

    def is_shown(self, request):
        return plugin_registry.is_enabled(self.entry.plugin) and self.entry.is_shown_to(request.user)


class TranslationStatusMenuItem(MenuItem):
    """For whoever translates: the network team, and translators (who see their own languages)."""

    def is_shown(self, request):
        return bool(locales_for_translation_status(request.user))


@hooks.register("register_admin_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("hub_translation_status"),
        name="translation-status",
        icon_name="site",
        order=260,
    )


class InterfaceTranslationsMenuItem(MenuItem):
    """For translators and reviewers of a language, and administrators."""

    def is_shown(self, request):
        return bool(interface_translation_views.languages_user_may_edit(request.user))


@hooks.register("register_admin_menu_item")
def register_interface_translations_menu_item():
    return InterfaceTranslationsMenuItem(
        _("Interface translations"),
        reverse("hub_interface_translations"),
        name="interface-translations",
        icon_name="site",
        order=265,
    )


def plugin_menu_item_hook(entry):
    def menu_item():
        return PluginMenuItem(entry)

    return menu_item


for _entry in plugin_registry.admin_menu_items():
    hooks.register("register_admin_menu_item", plugin_menu_item_hook(_entry))


@hooks.register("before_serve_page")
def hide_pages_of_disabled_plugins(page, request, serve_args, serve_kwargs):
    if plugin_registry.belongs_to_disabled_plugin(page.specific_class):
        raise Http404


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
        # Cheap signs of a translation (the view checks for real): outside the source language, and its own
        # content or an alias whose first translation is under way (see hub.translation_drafts).
        page = self.page
        if not hasattr(user, "_hub_default_locale_id"):  # asked once per listing, not once per row
            user._hub_default_locale_id = Locale.get_default().pk
            user._hub_first_translations = {}
        if page.locale_id == user._hub_default_locale_id:
            return False
        if page.alias_of_id is not None:
            under_way = user._hub_first_translations.get(page.locale_id)
            if under_way is None:  # a listing shows one language's tree: one query
                under_way = user._hub_first_translations[page.locale_id] = set(
                    Translation.objects.filter(target_locale_id=page.locale_id, enabled=True).values_list(
                        "source__object_id", flat=True
                    )
                )
            if page.translation_key not in under_way:
                return False
        return page.permissions_for_user(user).can_edit()


@hooks.register("register_page_listing_more_buttons")
def submit_translation_button(page, user, next_url=None):
    yield SubmitTranslationButton(page=page)


@hooks.register("before_edit_page", order=-1)  # before wagtail-localize's, which offers aliases for translation
def edit_first_translations_in_the_translation_editor(request, page):
    """A page translated for the first time stays an alias of its source until its review publishes it
    (hub.translation_drafts); its translators and reviewers still work on it in wagtail-localize's editor."""
    if page.alias_of_id is None:
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    return edit_translation(request, translation, page.specific)


@hooks.register("construct_page_action_menu")
def submit_translations_for_review_first(menu_items, request, context):
    """For whoever may not publish a translated page, sending it to review is the editor's main action, not
    wagtail-localize's "Convert to alias page" (which throws the translation away)."""
    page = context.get("page")
    if (
        page is None
        or page.locale_id == Locale.get_default().pk
        or context["user_page_permissions_tester"].can_publish()
    ):
        return
    rank = {"action-submit": 0, "localize-convert-to-alias": 2}
    menu_items.sort(key=lambda item: rank.get(item.name, 1))


@hooks.register("construct_homepage_panels")
def add_workflow_panels(request, panels):
    panels.extend(panels_for(request.user))


@hooks.register("construct_homepage_panels")
def warn_of_incomplete_language_trees(request, panels):
    # Administrators only: restoring the trees is a command run on the server.
    if request.user.is_superuser and (incomplete := incomplete_trees()):
        panels.append(IncompleteTreesPanel(incomplete))


class NetworkReportMenuItem(MenuItem):
    def is_shown(self, request):
        return is_network_editor(request.user)


@hooks.register("construct_reports_menu")
def hide_translations_report_from_those_who_do_not_translate(request, menu_items):
    if not request.user.has_perm(TRANSLATE_PERMISSION):
        report_url = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != report_url]


@hooks.register("register_reports_menu_item")
def register_workflow_report_menu_item():
    return NetworkReportMenuItem(
        _("Editorial workflow"), reverse("hub_workflow_report"), name="editorial-workflow", icon_name="table", order=50
    )


# The anonymous page cache (wagtail-cache) asks these what it may keep: see hub.caching.
hooks.register("is_request_cacheable", caching.is_request_cacheable)
hooks.register("is_response_cacheable", caching.is_response_cacheable)


# --- Login protection and two-factor authentication ------------------------------------------------
@hooks.register("register_admin_urls")
def register_login_protection_urls():
    return [
        path("two-factor/", two_factor_views.manage, name="hub_two_factor"),
        path("two-factor/verify/", two_factor_views.verify, name="hub_two_factor_verify"),
        path("two-factor/setup/", two_factor_views.setup, name="hub_two_factor_setup"),
        path("login-lockouts/", login_protection.lockouts, name="hub_login_lockouts"),
        path("login-lockouts/unlock/", login_protection.unlock, name="hub_login_unlock"),
    ]


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request):
    return {
        "url": reverse("hub_two_factor"),
        "label": gettext("Two-factor authentication"),
        "help_text": gettext("A code from your phone after your password, so that a password alone is not enough."),
    }


@hooks.register("register_settings_menu_item")
def register_login_lockouts_menu_item():
    return PermissionMenuItem(
        _("Sign-in lockouts"),
        reverse("hub_login_lockouts"),
        icon_name="lock",
        order=900,
        permission=login_protection.UNLOCK_PERMISSION,
    )


# Background tasks that failed for good (emails given up, tasks whose workers died): hub.task_reports.
hooks.register("register_admin_urls", task_reports.admin_urls)


@hooks.register("register_reports_menu_item")
def register_failed_tasks_menu_item():
    return task_reports.SuperuserMenuItem(
        _("Failed background tasks"), reverse("hub_failed_tasks"), icon_name="warning", order=900
    )
