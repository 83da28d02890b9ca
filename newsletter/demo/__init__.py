"""The newsletter demo (content.yaml, translations/): the newsletter page in the demo's languages and a list of
confirmed subscribers. Idempotent."""

from django.utils import timezone
from django.utils.translation import gettext as _

from hub.demo import data
from hub.demo.pages import ensure_index, terms
from hub.demo.translate import translate
from newsletter.models import NewsletterPage, Subscription


def demo_data():
    return data.load(__file__)


def ensure_newsletter_page(home):
    return ensure_index(home, NewsletterPage, _("Newsletter"), "newsletter", demo_data().content["introduction"])


def build(network):
    demo = demo_data()
    page = ensure_newsletter_page(network.home)
    translate(page, demo.content["translated_into"], demo.translations)
    for entry in demo.content["subscribers"]:
        subscription, created = Subscription.objects.get_or_create(
            email=entry["email"],
            defaults={
                "language": entry["language"],
                "status": Subscription.Status.CONFIRMED,
                "confirmed_at": timezone.now(),
            },
        )
        if created:
            subscription.themes.set(terms(network.themes, entry["themes"]))
            subscription.regions.set(terms(network.regions, entry["regions"]))
