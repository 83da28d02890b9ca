"""Permission checks Wagtail 7.4's admin leaves out, put around its own views.

Each guard answers "permission denied" where Wagtail would show or hand over another member's
draft or media, then lets Wagtail's view do the rest. hub/urls.py routes the same admin paths
here first. Proven by tests/hub/test_isolation.py.
"""

from django.db.models import Q
from django.shortcuts import get_object_or_404
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.views.chooser import BrowseView, ChosenMultipleView
from wagtail.images import get_image_model
from wagtail.images.permissions import permission_policy as image_permission_policy
from wagtail.images.views.chooser import ImageSelectFormatView
from wagtail.models import Page, Site
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

from hub.roles import locales_user_may_translate_into


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
