"""The admin form every page type uses: it refuses images and documents the editor may not choose.

Wagtail's choosers only list what an editor may choose, but a page form accepts any id sent to
it, so a member editor could otherwise put another member's private media into their own page.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.documents.models import AbstractDocument
from wagtail.documents.permissions import permission_policy as document_permission_policy
from wagtail.images.models import AbstractImage
from wagtail.images.permissions import permission_policy as image_permission_policy


def media_in(value):
    """Every image and document in a field value, however deeply a StreamField nests it."""
    if isinstance(value, AbstractImage | AbstractDocument):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from media_in(child.value)
    elif isinstance(value, StructValue):
        for child in value.values():
            yield from media_in(child)
    elif isinstance(value, ListValue | list | tuple):
        for child in value:
            yield from media_in(child)


def may_choose(user, item):
    policy = image_permission_policy if isinstance(item, AbstractImage) else document_permission_policy
    return policy.user_has_permission_for_instance(user, "choose", item)


class MediaPermissionPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        for name, value in cleaned_data.items():
            already_there = set(media_in(getattr(self.instance, name, None)))
            for item in media_in(value):
                # Media already on the page (put there by the network team, say) stays allowed. Anything
                # else the choosers never offered is a forged request: refused outright, so that a
                # re-rendered form cannot show the item either.
                if item not in already_there and not may_choose(self.for_user, item):
                    raise PermissionDenied(_("This uses an image or document you do not have access to."))
        return cleaned_data
