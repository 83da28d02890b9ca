"""The network's name in the visitor's language (hub.models.SiteNames), for templates and for the code that names
the network as an organiser or publisher. The hub is one site: the default site's names are the network's."""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language
from wagtail.models import Site

from hub.models.site_settings import SiteNames, SiteNameTranslation
from hub.text_languages import TextInLanguage

CACHE_KEY = "hub:site-names"


def network_name(language=None):
    """The name in `language` (the active one by default), or the site's own name, in the default language, where
    nobody has translated it. Read from the cache: cards name the network many times on one page."""
    names = cache.get(CACHE_KEY)
    if names is None:
        names = _names_from_database()
        cache.set(CACHE_KEY, names, None)
    language = language or get_language()
    if language in names["translated"]:
        return TextInLanguage(names["translated"][language], language)
    return TextInLanguage(names["default"], settings.LANGUAGE_CODE)


def _names_from_database():
    """One query (a page's first lookup counts against its query bound): the site's name with its translations."""
    rows = Site.objects.filter(is_default_site=True).values_list(
        "site_name", "sitenames__translations__language", "sitenames__translations__name"
    )
    default, translated = settings.WAGTAIL_SITE_NAME, {}
    for site_name, language, name in rows:
        default = site_name or default
        if language:
            translated[language] = name
    return {"default": default, "translated": translated}


@receiver([post_save, post_delete], sender=SiteNameTranslation)
@receiver([post_save, post_delete], sender=SiteNames)
@receiver([post_save, post_delete], sender=Site)
def forget_names(**kwargs):
    cache.delete(CACHE_KEY)
