"""The network's contact details and the pages every public page links to (contact, privacy notice,
accessibility statement), from hub.models.ContactSettings, as the footer shows them in each language."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from hub.models import ContactSettings
from hub.text_languages import TextInLanguage, text_language

CACHE_KEY = "hub:contact-details"


def contact_details(request):
    """The settings, and their pages as the visitor's language shows them: a page's translation in that language
    when it is live, else the page itself. Read from the shared cache: the footer of every page shows them, and
    a page's queries are bounded."""
    if request is None:
        return _details(ContactSettings(), get_language(), None)
    key = (getattr(Site.find_for_request(request), "pk", None), get_language())
    known = cache.get(CACHE_KEY) or {}
    if key not in known:
        known[key] = _details(ContactSettings.for_request(request), get_language(), request)
        cache.set(CACHE_KEY, known, None)
    return known[key]


def _details(contact, language, request):
    chosen = [page for page in (contact.contact_page, contact.privacy_page, contact.accessibility_page) if page]
    live = (
        Page.objects.live()
        .filter(translation_key__in=[page.translation_key for page in chosen])
        .select_related("locale", "alias_of__locale")
        if chosen
        else []
    )
    by_language = {(page.translation_key, page.locale.language_code): page for page in live}
    by_pk = {page.pk: page for page in live}
    shown = [by_language.get((page.translation_key, language)) or by_pk[page.pk] for page in chosen if page.pk in by_pk]
    links = [{"url": page.get_url(request), "title": TextInLanguage(page.title, text_language(page))} for page in shown]
    return {"email": contact.email, "phone": contact.phone, "address": contact.address, "links": links}


@receiver([post_save, post_delete], sender=ContactSettings)
@receiver([page_published, page_unpublished, post_page_move])
def forget_details(**kwargs):
    """A change to the settings, or to a page they may point at: its title, its address, whether it is live."""
    cache.delete(CACHE_KEY)


@receiver(post_delete)
def forget_details_of_deleted_page(sender, **kwargs):
    if issubclass(sender, Page):
        cache.delete(CACHE_KEY)
