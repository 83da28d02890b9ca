"""The network-wide roles and the permissions each one carries.

Member editors' groups are made per organisation by onboarding (hub.onboarding); translators
get a group per language, with rights on that language's tree only.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
)

NETWORK_EDITORS = "Network editors"
# Who acts for the whole network is a permission, not a group's name: the network editors' group holds it (see
# ensure_roles), superusers and the administrators' group hold every permission, inactive accounts none.
NETWORK_EDITOR_PERMISSION = ("hub", "act_for_network")
TRANSLATORS = "Translators — %(language)s"
TRANSLATIONS_COLLECTION = "Translations — %(language)s"
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
REVIEWERS = "Reviewers — %(language)s"
ADMINISTRATORS = "Administrators"

PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
MEMBER_PAGE_PERMISSIONS = ["add_page", "change_page"]
MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtaildocs", "delete_document"),
    # Audio and video (wagtailmedia): recordings, kept in private storage (hub.models.private_media).
    ("wagtailmedia", "add_media"),
    ("wagtailmedia", "change_media"),
    ("wagtailmedia", "delete_media"),
]
NETWORK_EDITOR_MODEL_PERMISSIONS = [
    NETWORK_EDITOR_PERMISSION,
    ("wagtailadmin", "access_admin"),
    ("hub", "onboard_member"),
    ("hub", "change_safetysettings"),
    ("hub", "change_searchenginesettings"),
    # The network team starts translations too (the translation status dashboard links there).
    ("wagtail_localize", "submit_translation"),
    ("auth", "add_user"),
    ("auth", "change_user"),
    # Promoted search results: Wagtail checks these on SearchPromotion, not on its Query.
    ("wagtailsearchpromotions", "add_searchpromotion"),
    ("wagtailsearchpromotions", "change_searchpromotion"),
    ("wagtailsearchpromotions", "delete_searchpromotion"),
    ("search", "view_weeklyquerycount"),
    # Lifting a sign-in lockout early (hub.login_protection).
    ("axes", "delete_accessattempt"),
    *[
        ("hub", f"{action}_{model}")
        for model in ("theme", "region", "community")
        for action in ("add", "change", "delete")
    ],
]


def is_network_editor(user):
    """Whether the user reviews, publishes and manages for the whole network rather than one member or language.

    The permission as `user.has_perm` decides it, in one query rather than its two (the user's own permissions, then
    their groups'), kept on the user: several admin panels and menu items ask on every page."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_hub_is_network_editor"):
        app_label, codename = NETWORK_EDITOR_PERMISSION
        user._hub_is_network_editor = Permission.objects.filter(
            Q(user=user) | Q(group__user=user), content_type__app_label=app_label, codename=codename
        ).exists()
    return user._hub_is_network_editor


def network_editors():
    """The active people `is_network_editor` says yes to, superusers aside (they are not told of everyday work)."""
    app_label, codename = NETWORK_EDITOR_PERMISSION
    holds = Q(user_permissions__content_type__app_label=app_label, user_permissions__codename=codename) | Q(
        groups__permissions__content_type__app_label=app_label, groups__permissions__codename=codename
    )
    return get_user_model().objects.filter(holds, is_active=True).distinct()


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(codename):
    return permission("wagtailcore", codename)


def grant_page_permissions(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=page_permission(codename))


def grant_media_permissions(group, collection):
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection,
            permission=permission(app_label, codename),
        )


def ensure_roles():
    """Create or complete the network-wide groups; safe to run any number of times."""
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()

    network_editors, _ = Group.objects.get_or_create(name=NETWORK_EDITORS)
    network_editors.permissions.add(*[permission(app, codename) for app, codename in NETWORK_EDITOR_MODEL_PERMISSIONS])
    grant_page_permissions(network_editors, root_page, PAGE_PERMISSIONS)
    grant_media_permissions(network_editors, root_collection)

    administrators, _ = Group.objects.get_or_create(name=ADMINISTRATORS)
    administrators.permissions.set(Permission.objects.all())
    grant_page_permissions(administrators, root_page, PAGE_PERMISSIONS)
    grant_media_permissions(administrators, root_collection)
    return network_editors, administrators


def ensure_collection(name):
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


def translators_group_name(language_code):
    return TRANSLATORS % {"language": dict(settings.LANGUAGES)[language_code]}


def ensure_translator_groups(site_root):
    """One group per language but the default (the source): it may translate into that language's tree,
    and nothing else; publishing stays with the workflow. Its own collection holds the images and documents
    its translators upload for their language's versions of pages, out of reach of every member's media."""
    default = Locale.get_default()
    submit_translation = permission("wagtail_localize", "submit_translation")
    access_admin = permission("wagtailadmin", "access_admin")
    translate_interface = permission("hub", "translate_interface")
    for locale_root in site_root.get_translations().exclude(locale=default).select_related("locale"):
        code = locale_root.locale.language_code
        group, _ = Group.objects.get_or_create(name=translators_group_name(code))
        group.permissions.add(access_admin, submit_translation, translate_interface)
        grant_page_permissions(group, locale_root, TRANSLATOR_PAGE_PERMISSIONS)
        grant_media_permissions(group, ensure_collection(translations_collection_name(code)))


def translations_collection_name(language_code):
    return TRANSLATIONS_COLLECTION % {"language": dict(settings.LANGUAGES)[language_code]}


def reviewers_group_name(language_code):
    return REVIEWERS % {"language": dict(settings.LANGUAGES)[language_code]}


def ensure_reviewer_groups():
    """One group per content language: its members review translations into that language (see
    hub.models.workflow_tasks.LanguageReviewTask); any language can be a translation's target."""
    access_admin = permission("wagtailadmin", "access_admin")
    translate_interface = permission("hub", "translate_interface")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        group, _created = Group.objects.get_or_create(name=reviewers_group_name(code))
        group.permissions.add(access_admin, translate_interface)


def locales_user_may_translate_into(user, site_root):
    """The locales whose whole tree the user may edit: their translators' languages (all, for the network)."""
    return [
        locale_root.locale_id
        for locale_root in site_root.get_translations(inclusive=True)
        if locale_root.permissions_for_user(user).can_edit()
    ]
