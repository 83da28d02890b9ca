"""What the newsletter adds to other pages: the subscription form in every page's footer."""

from django.utils.translation import get_language

from newsletter.forms import SubscribeForm
from newsletter.models import NewsletterPage


def footer_form(request, page):
    """The form posting to the newsletter page of the visitor's language; none on that page itself (its own form
    is there) nor where there is no newsletter page."""
    if isinstance(page, NewsletterPage):
        return None
    newsletter = NewsletterPage.objects.live().public().filter(locale__language_code=get_language()).first()
    if newsletter is None:
        return None
    return {
        "newsletter_form": SubscribeForm(language=newsletter.locale.language_code, auto_id="newsletter-footer-%s"),
        "newsletter_action": newsletter.url + newsletter.reverse_subpage("subscribe"),
        "newsletter_page": newsletter,
    }
