import json
from datetime import UTC, datetime

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.timesince import timesince
from django.utils.translation import get_language_info
from wagtail.models import Page, Site

from hub import main_menu as menus
from hub import taxonomy
from hub.language_names import language_name, own_name
from hub.locale_data import native_digits
from hub.plugins import plugin_registry
from hub.site_names import network_name
from hub.text_languages import (
    field_language,
    lang_attributes,
    language_of,
    text_language,
)
from hub.translation_status import is_machine_translated

register = template.Library()


@register.filter
def duration(delta):
    """A timedelta in words, in the active language ("2 minutes", "1 day, 3 hours"), not as 0:02:02.493808."""
    since = datetime(2000, 1, 1, tzinfo=UTC)  # any fixed point: only the difference counts
    return timesince(since, now=since + delta, depth=2)


@register.filter(name="native_digits", is_safe=True)
def native_digits_filter(text):
    """A date or number as people read it, in the language's own digits: `{{ day|date:"DATE_FORMAT"|native_digits }}`.
    Never on a value a machine reads (`datetime="…"`, URLs, form values). Safe in, safe out: only digits change."""
    return native_digits(text)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The main menu of the site and language of this request (hub.main_menu.MenuItem: page_id, url, label)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return menus.main_menu(site, request) if site else []


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the page's translation where it exists, otherwise the same address in that language."""
    request = context["request"]
    page = context.get("page")
    translations = {}
    if isinstance(page, Page):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    current = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        translation = translations.get(code)
        url = translation.get_url(request) if translation else translate_url(request.get_full_path(), code)
        # An alias shows the source's content: the language is offered, not counted as translated.
        translated = translation is not None and translation.alias_of_id is None
        links.append(
            {
                "code": code,
                "name_local": own_name(code),
                # In the reader's language too, where it differs: "Soomaali" is "الصومالية" on an Arabic page.
                "name_translated": language_name(code),
                "bidi": info["bidi"],
                "url": url,
                "full_url": request.build_absolute_uri(url),
                "current": code == current,
                "translated": translated,
                # Only a page can lack a translation: search and the error pages are the same in every language.
                "untranslated": isinstance(page, Page) and not translated,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def content_language(context):
    """The language a page's content is in, when it is not the visitor's: an untranslated page is shown
    in its source language, and says so."""
    page = context.get("page")
    request = context["request"]
    if not isinstance(page, Page):
        return None
    # A first translation's draft, previewed for its review, still belongs to an alias (hub.translation_drafts).
    is_alias = page.alias_of_id and not getattr(request, "is_preview", False)
    code = language_of(page.alias_of if is_alias else page)
    if code == getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE):
        return None
    return get_language_info(code)


@register.simple_tag(takes_context=True)
def machine_translated(context):
    """Whether the page's text comes from a machine translator and no person has reviewed it yet."""
    page = context.get("page")
    return isinstance(page, Page) and not page.alias_of_id and is_machine_translated(page)


@register.simple_tag
def in_visitor_language(terms):
    return taxonomy.in_visitor_language(terms)


@register.simple_tag(takes_context=True)
def content_lang(context):
    """lang and dir for an element holding the page's own text, when that text is not in the visitor's language."""
    shown_in = context.get("shown_in")
    return lang_attributes(shown_in["code"]) if shown_in else ""


@register.simple_tag
def lang_of(item):
    """lang and dir for an element holding text in another language than the page's: pass a page (an
    untranslated one shows its source's text), a name that knows its language (hub.text_languages), or a code.
    Mark the text itself, not the labels around it, which are in the page's language."""
    return lang_attributes(text_language(item))


@register.simple_tag
def field_lang(page, field_name):
    """lang and dir for an element holding one field of a page, where it is not in the page's language: a field
    a translator has not translated yet, or one kept the same in every language, reads in its source's."""
    return lang_attributes(field_language(page, field_name))


register.simple_tag(field_language, name="field_language")


@register.filter
def isolated(text, written_in=None):
    """A name inside a sentence, isolated with <bdi> so its direction cannot scramble the sentence's punctuation,
    and marked with its language where that is another: `written_in` (a language code, or a page whose field it
    is), or the one the text knows (hub.text_languages.TextInLanguage)."""
    code = text_language(written_in) if written_in else getattr(text, "text_language", "")
    return format_html("<bdi{}>{}</bdi>", lang_attributes(code), text)


@register.simple_tag(name="network_name")
def network_name_tag():
    """The network's name in the page's language (or in the default language, marked so, where untranslated)."""
    return network_name()


def render_sections(sections, request, page):
    """Each section whose context callable says it belongs on this page, rendered with that context."""
    rendered = []
    for section in sections:
        section_context = section.get_context(request, page)
        if section_context is not None:
            rendered.append(render_to_string(section.template, {"page": page, **section_context}, request=request))
    return mark_safe("".join(rendered))


@register.simple_tag(takes_context=True)
def page_sections(context):
    """What enabled plugins add below a page's content (hub.plugins.PageSection), for the page being shown."""
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or request is None:
        return ""
    return render_sections(plugin_registry.page_sections(), request, page)


@register.simple_tag(takes_context=True)
def footer_sections(context):
    """What enabled plugins add to every page's footer (PluginInfo.footer_sections); the page may be None."""
    page, request = context.get("page"), context.get("request")
    if request is None:
        return ""
    return render_sections(plugin_registry.footer_sections(), request, page if isinstance(page, Page) else None)


@register.filter
def without_convert_to_alias(editor_props):
    """wagtail-localize's translation editor makes the first action its footer offers the main button; for a
    translator, who may not publish, that is "Convert to alias page", which throws the translation away. Their
    main action is sending it for review, above the editor; converting is left to those who publish."""
    props = json.loads(editor_props)
    props["links"]["convertToAliasUrl"] = None
    return json.dumps(props)
