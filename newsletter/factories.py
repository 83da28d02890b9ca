import factory
import wagtail_factories

from newsletter.models import NewsletterPage, Subscription


class NewsletterPageFactory(wagtail_factories.PageFactory):
    title = "Newsletter"
    slug = "newsletter"
    introduction = "<p>Our weekly news, in your language.</p>"

    class Meta:
        model = NewsletterPage


class SubscriptionFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda number: f"subscriber{number}@example.org")
    language = "en"
    status = Subscription.Status.CONFIRMED

    class Meta:
        model = Subscription
