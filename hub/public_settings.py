"""The site settings every public page shows: the quick exit (hub.models.SafetySettings), and the network's contact
details with the pages every page links to — contact, privacy notice, accessibility statement — in the visitor's
language (hub.models.ContactSettings). Kept in the shared cache: a page's queries are bounded."""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from hub.models import ContactSettings, SafetySettings
from hub.text_languages import TextInLanguage, text_language

CACHE_KEY = "hub:public-settings"


def public_settings(request):
    """The settings, the chosen pages as the visitor's language shows them: a page's translation in that language
    when it is live, else the page itself."""
    if request is None:
        return _details(SafetySettings(), ContactSettings(), get_language(), None)
    site = Site.find_for_request(request)
    key = (getattr(site, "pk", None), get_language())
    known = cache.get(CACHE_KEY) or {"pages": set(), "details": {}}
    if key not in known["details"]:
        # Read, not created as Wagtail's for_site would (three more queries): a site without them shows defaults.
        safety = SafetySettings.objects.filter(site=site).first() or SafetySettings()
        contact = ContactSettings.objects.filter(site=site).select_related(*ContactSettings.select_related).first()
        contact = contact or ContactSettings()
        known["details"][key] = _details(safety, contact, get_language(), request)
        known["pages"] |= {page.translation_key for page in _chosen(contact)}
        cache.set(CACHE_KEY, known, None)
    return known["details"][key]


def _chosen(contact):
    return [page for page in (contact.contact_page, contact.privacy_page, contact.accessibility_page) if page]


def _details(safety, contact, language, request):
    chosen = _chosen(contact)
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
    return {
        "quick_exit_enabled": safety.quick_exit_enabled,
        "quick_exit_url": safety.quick_exit_url,
        "email": contact.email,
        "phone": contact.phone,
        # Written once, in the network's own language.
        "address": TextInLanguage(contact.address, settings.LANGUAGE_CODE),
        "links": links,
    }


@receiver([post_save, post_delete], sender=SafetySettings)
@receiver([post_save, post_delete], sender=ContactSettings)
def forget_settings(**kwargs):
    cache.delete(CACHE_KEY)


@receiver([page_published, page_unpublished, post_page_move, post_delete])
def forget_details_of_a_chosen_page(sender, instance, **kwargs):
    """A change to a page the details link to, in any language: its title, its address, whether it is live."""
    if isinstance(instance, Page):
        known = cache.get(CACHE_KEY)
        if known and instance.translation_key in known["pages"]:
            cache.delete(CACHE_KEY)
