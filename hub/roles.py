"""The network-wide roles and the permissions each one carries.

Member editors' groups are made per organisation by onboarding (hub.onboarding); translators'
and reviewers' groups per language arrive with the language work.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

NETWORK_EDITORS = "Network editors"
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
]
NETWORK_EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("hub", "onboard_member"),
    ("hub", "change_safetysettings"),
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("wagtailsearchpromotions", "add_query"),
    ("wagtailsearchpromotions", "change_query"),
    ("wagtailsearchpromotions", "delete_query"),
    *[
        ("hub", f"{action}_{model}")
        for model in ("theme", "region", "community")
        for action in ("add", "change", "delete")
    ],
]


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
