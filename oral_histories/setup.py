"""What oral histories need in every database: a collection for consent forms that only the network team
opens, and the network team's rights to decide on access requests and withdraw interviews."""

from django.contrib.auth.models import Group
from wagtail.models import CollectionViewRestriction

from hub.roles import NETWORK_EDITORS, ensure_collection, permission

CONSENT_COLLECTION = "Consent forms"
NETWORK_EDITOR_PERMISSIONS = [
    ("oral_histories", "view_accessrequest"),
    ("oral_histories", "change_accessrequest"),
    ("oral_histories", "withdraw_interviewpage"),
]


def ensure_oral_history_setup(**kwargs):
    network_editors = Group.objects.filter(name=NETWORK_EDITORS).first()
    if network_editors is None:
        return  # hub's setup runs first; nothing to attach rights to yet
    network_editors.permissions.add(*[permission(app, codename) for app, codename in NETWORK_EDITOR_PERMISSIONS])
    # The network team's rights on the root collection reach this one; no member or translator group has any.
    collection = ensure_collection(CONSENT_COLLECTION)
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    restriction.groups.set([network_editors])
    return collection


def consent_collection():
    return ensure_collection(CONSENT_COLLECTION)
