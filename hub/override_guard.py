"""The translation editor may put in a page only the images and documents its user may choose.

In wagtail-localize's editor a translator can replace an image or a document for their language (an
"override"). Its choosers list only what the user may choose, but the endpoint saves any id sent to it;
as hub.page_forms does for page forms, a forged id for media the user may not choose is refused here.
"""

from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db.models import ForeignKey, ManyToOneRel
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.documents.models import AbstractDocument
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage
from wagtail_localize.models import OverridableSegment

from hub.page_forms import may_choose


def chosen_model(model, field_path):
    """The model a chooser at `field_path` ("body.attachments.documents.item", "logo") picks, or None."""
    name, *rest = field_path.split(".")
    field = model._meta.get_field(name)
    if isinstance(field, StreamField):
        block = field.stream_block
        for name in rest:
            block = block.child_block if isinstance(block, blocks.ListBlock) else block.child_blocks[name]
        return block.model_class if isinstance(block, blocks.ChooserBlock) else None
    if isinstance(field, ManyToOneRel) and rest:  # an inline child object's field
        return chosen_model(field.related_model, ".".join(rest))
    if isinstance(field, ForeignKey) and not rest:
        return field.related_model
    return None


def refuse_media_the_translator_may_not_choose(sender, instance, **kwargs):
    user = instance.last_translated_by
    if user is None:  # made by code (machine translation, imports), not through the editor
        return
    segment = (
        OverridableSegment.objects.filter(context_id=instance.context_id)
        .select_related("context", "source__specific_content_type")
        .first()
    )
    if segment is None:
        return
    try:
        model = chosen_model(segment.source.specific_content_type.model_class(), segment.context.field_path)
    except (KeyError, FieldDoesNotExist):
        return  # the source has changed shape since: wagtail-localize will not apply the override
    if model is None or not issubclass(model, AbstractImage | AbstractDocument):
        return
    if str(instance.data) == str(segment.data):  # the source page's own image or document
        return
    try:
        item = model.objects.filter(pk=int(instance.data)).first()
    except (TypeError, ValueError):
        return  # not an id: wagtail-localize reports it as an error in the editor
    if item is not None and not may_choose(user, item):
        raise PermissionDenied(_("This uses an image or document you do not have access to."))
