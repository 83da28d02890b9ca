"""Permission checks Wagtail 7.4's admin leaves out, put around its own views.

Each guard answers "permission denied" where Wagtail would show or hand over another member's
draft or media, then lets Wagtail's view do the rest. hub/urls.py routes the same admin paths
here first. Proven by tests/hub/test_isolation.py.
"""

from django import forms
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.views.chooser import BrowseView, ChosenMultipleView
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView
from wagtail.contrib.search_promotions.views import settings as search_promotions_views
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.permissions import permission_policy as document_permission_policy
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.permissions import permission_policy as image_permission_policy
from wagtail.images.views.chooser import ImageSelectFormatView
from wagtail.models import DraftStateMixin, Page, Site
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.edit_translation import user_can_edit_instance
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView
from wagtailcache import views as wagtailcache_views
from wagtailmedia.models import get_media_model
from wagtailmedia.permissions import permission_policy as media_permission_policy
from wagtailmedia.views.media import usage as wagtailmedia_usage

from hub.roles import ADMINISTRATORS, locales_user_may_translate_into
from hub.spreadsheets import SafeSpreadsheetExportMixin

TRANSLATE_PERMISSION = "wagtail_localize.submit_translation"


def pages_visible_in_choosers(user):
    """What an editor may see in page choosers: published pages without pending changes (whose
    titles are public anyway) and the pages they may edit themselves."""
    if user.is_superuser:
        return Q()
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, {"change", "publish"})
    return Q(depth=1) | Q(live=True, has_unpublished_changes=False) | Q(pk__in=editable.values("pk"))


@require_admin_access
def choose_page_browse(request, parent_page_id):
    if not Page.objects.filter(pages_visible_in_choosers(request.user), pk=parent_page_id).exists():
        return permission_denied(request)
    return BrowseView.as_view()(request, parent_page_id=parent_page_id)


@require_admin_access
def choose_page_chosen_multiple(request):
    requested = request.GET.getlist("id")
    visible = Page.objects.filter(pages_visible_in_choosers(request.user), pk__in=requested)
    if visible.count() != len(set(requested)):
        return permission_denied(request)
    return ChosenMultipleView.as_view()(request)


class SubmitPageTranslationIntoOwnLanguages(SubmitPageTranslationView):
    """wagtail-localize offers every language to anyone who may submit translations; a translator is
    offered, and may submit, only the languages of their groups."""

    def get_form(self):
        form = super().get_form()
        site_root = Site.objects.get(is_default_site=True).root_page
        allowed = locales_user_may_translate_into(self.request.user, site_root)
        form.fields["locales"].queryset = form.fields["locales"].queryset.filter(pk__in=allowed)
        return form


submit_page_translation = require_admin_access(SubmitPageTranslationIntoOwnLanguages.as_view())


@require_admin_access
def image_select_format(request, image_id):
    image = get_object_or_404(get_image_model(), id=image_id)
    if not image_permission_policy.user_has_permission_for_instance(request.user, "choose", image):
        return permission_denied(request)
    return ImageSelectFormatView.as_view(model=get_image_model())(request, image_id=image_id)


def may_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    action = "publish" if isinstance(instance, DraftStateMixin) else "change"
    return user.has_perm(get_permission_name(action, type(instance)))


class UpdateTranslationsWithoutPublishing(UpdateTranslationsView):
    """wagtail-localize lets anyone who may submit translations update a source's translations and publish
    them all at once, in every language. Here it is open to those who may edit the source or one of its
    translations; its "publish" option only to those who may publish every one of them. Translators'
    work is published through the language review (hub.models.workflow_tasks), never from here."""

    def dispatch(self, request, *args, **kwargs):
        source = get_object_or_404(TranslationSource, pk=kwargs["translation_source_id"])
        targets = [translation.get_target_instance() for translation in source.translations.filter(enabled=True)]
        self.may_publish_all = all(may_publish(request.user, target) for target in targets)
        instances = [source.get_source_instance(), *targets]
        if not any(user_can_edit_instance(request.user, instance) for instance in instances):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        if not self.may_publish_all:
            # A disabled field ignores what is posted and keeps its initial value: no publishing.
            form.fields["publish_translations"].disabled = True
            form.fields["publish_translations"].widget = forms.HiddenInput()
        return form


update_translations = require_admin_access(UpdateTranslationsWithoutPublishing.as_view())


class PageTypesUsageOfVisiblePages(SafeSpreadsheetExportMixin, PageTypesUsageReportView):
    """Wagtail names the last edited page of each type across the whole site, drafts included; an editor is
    shown it only when it is a page they may see in a chooser (published, or theirs)."""

    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        shown = [item.last_edited_page.pk for item in page_types if item.last_edited_page]
        visible = set(
            Page.objects.filter(pages_visible_in_choosers(self.request.user), pk__in=shown).values_list("pk", flat=True)
        )
        for item in page_types:
            if item.last_edited_page and item.last_edited_page.pk not in visible:
                item.last_edited_page = None
        return page_types


page_types_usage = PageTypesUsageOfVisiblePages.as_view()
page_types_usage_results = PageTypesUsageOfVisiblePages.as_view(results_only=True)


def formula_safe_report(report_view, results_only):
    """Wagtail's report, its CSV export made formula-safe (titles are typed by members: hub.spreadsheets)."""
    return type(report_view.__name__, (SafeSpreadsheetExportMixin, report_view), {}).as_view(results_only=results_only)


# Wagtail's other reports by route below /admin/reports/ (each has its results route as well).
FORMULA_SAFE_REPORTS = {
    "site-history/": LogEntriesView,
    "aging-pages/": AgingPagesView,
    "locked/": LockedPagesView,
    "workflow/": WorkflowView,
    "workflow_tasks/": WorkflowTasksView,
}


@require_admin_access
def media_usage(request, media_id):
    # wagtailmedia shows any recording's usage, its title included, to whoever may manage any media.
    media = get_object_or_404(get_media_model(), pk=media_id)
    if not media_permission_policy.user_has_any_permission_for_instance(request.user, ["change", "delete"], media):
        return permission_denied(request)
    return wagtailmedia_usage(request, media_id)


def opens_for(may_open):
    """A view decorator: the view opens for admin users of whom may_open(user) is true, others are refused."""

    def decorator(view):
        @require_admin_access
        def guarded(request, *args, **kwargs):
            if not may_open(request.user):
                return permission_denied(request)
            return view(request, *args, **kwargs)

        return guarded

    return decorator


def requires_any_permission(*permissions):
    return opens_for(lambda user: any(user.has_perm(permission) for permission in permissions))


# The chooser of promoted searches lists visitors' most frequent queries to any admin user; here only to those
# who promote results.
may_promote_results = requires_any_permission(
    "wagtailsearchpromotions.add_searchpromotion", "wagtailsearchpromotions.change_searchpromotion"
)
search_query_chooser = may_promote_results(search_promotions_views.chooser)
search_query_chooser_results = may_promote_results(search_promotions_views.chooserresults)

# wagtail-localize's report names every translated page, as titled when submitted, to any admin user; it is for
# those who translate (hub.wagtail_hooks hides its menu item from the others).
may_see_translations = requires_any_permission(TRANSLATE_PERMISSION)
translations_report = may_see_translations(TranslationsReportView.as_view())
translations_report_results = may_see_translations(TranslationsReportView.as_view(results_only=True))


def is_administrator(user):
    return user.is_superuser or user.groups.filter(name=ADMINISTRATORS).exists()


administrators_only = opens_for(is_administrator)


# wagtail-cache's admin checks no permission: its list holds every cached address (visitors' searches among
# them) and its "clear" link empties the whole cache on a plain GET, which here asks to confirm by POST.
cache_index = administrators_only(wagtailcache_views.index)


@administrators_only
def cache_clear(request):
    if request.method == "POST":
        return wagtailcache_views.clear(request)
    return TemplateResponse(request, "hub/admin/clear_cache.html", {"page_title": _("Clear the page cache")})


class ChoosableDocumentsAPI(DocumentsAdminAPIViewSet):
    """Wagtail's admin API lists every document and image to any admin user; here only those the user may
    choose (see construct_admin_api in hub.wagtail_hooks)."""

    def get_queryset(self):
        choosable = document_permission_policy.instances_user_has_permission_for(self.request.user, "choose")
        return super().get_queryset().filter(pk__in=choosable.values("pk"))


class ChoosableImagesAPI(ImagesAdminAPIViewSet):
    """The same for images."""

    def get_queryset(self):
        choosable = image_permission_policy.instances_user_has_permission_for(self.request.user, "choose")
        return super().get_queryset().filter(pk__in=choosable.values("pk"))
