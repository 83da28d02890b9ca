"""What membership needs in every database: the network team's rights on memberships and the fee table."""

from django.contrib.auth.models import Group

from hub.roles import NETWORK_EDITORS, permission

NETWORK_EDITOR_PERMISSIONS = [
    ("membership", "view_membership"),
    ("membership", "change_membership"),
    ("membership", "change_membershipsettings"),
    ("membership", "add_ballot"),
    ("membership", "change_ballot"),
    ("membership", "delete_ballot"),
]


def ensure_membership_setup(**kwargs):
    network_editors = Group.objects.filter(name=NETWORK_EDITORS).first()
    if network_editors is not None:  # hub's setup runs first; without it there is nobody to give rights to
        network_editors.permissions.add(*[permission(app, codename) for app, codename in NETWORK_EDITOR_PERMISSIONS])
