"""What the newsletter adds to other pages: the subscription form in every page's footer."""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete
from django.utils.translation import get_language
from wagtail.signals import page_published, page_unpublished

from newsletter.forms import FooterSubscribeForm
from newsletter.models import NewsletterPage

# Where the footer's form posts, per language: looked up once, not on every page; forgotten when a newsletter page
# is published, unpublished or deleted (newsletter.apps).
ACTION_CACHE_KEY = "newsletter:footer-action:{}"


def subscribe_action(language):
    """The subscribe route of the newsletter page in `language`, or None when there is none."""
    key = ACTION_CACHE_KEY.format(language)
    action = cache.get(key)
    if action is None:
        newsletter = NewsletterPage.objects.live().public().filter(locale__language_code=language).first()
        action = newsletter.url + newsletter.reverse_subpage("subscribe") if newsletter else ""
        cache.set(key, action, None)
    return action or None


def forget_subscribe_actions(**kwargs):
    cache.delete_many([ACTION_CACHE_KEY.format(code) for code, _name in settings.LANGUAGES])


def connect_footer_signals():
    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(forget_subscribe_actions, sender=NewsletterPage)


def footer_form(request, page):
    """The form posting to the newsletter page of the visitor's language; none on that page itself (its own form
    is there) nor where there is no newsletter page."""
    if isinstance(page, NewsletterPage):
        return None
    language = get_language()
    action = subscribe_action(language)
    if action is None:
        return None
    return {
        "newsletter_form": FooterSubscribeForm(language=language, auto_id="newsletter-footer-%s"),
        "newsletter_action": action,
    }
