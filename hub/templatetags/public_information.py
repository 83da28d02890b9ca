"""The network's contact details and the pages every public page links to (contact, privacy notice,
accessibility statement), from hub.models.ContactSettings."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from hub.models import ContactSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def contact_details(context):
    """The settings, and their pages as the visitor's language shows them: a page's translation in that language
    when it is live, else the page itself. Kept on the request: the footer and a page may both ask."""
    request = context.get("request")
    cached = getattr(request, "_hub_contact_details", None)
    if cached is not None:
        return cached
    contact = ContactSettings.for_request(request) if request is not None else ContactSettings()
    chosen = [page for page in (contact.contact_page, contact.privacy_page, contact.accessibility_page) if page]
    live = (
        Page.objects.live()
        .filter(translation_key__in=[page.translation_key for page in chosen])
        .select_related("locale")
        if chosen
        else []
    )
    by_language = {(page.translation_key, page.locale.language_code): page for page in live}
    by_pk = {page.pk: page for page in live}
    links = [
        by_language.get((page.translation_key, get_language())) or by_pk[page.pk] for page in chosen if page.pk in by_pk
    ]
    details = {"email": contact.email, "phone": contact.phone, "address": contact.address, "links": links}
    if request is not None:
        request._hub_contact_details = details
    return details
