"""Factories for tests: projects, interviews of any consent with real recordings and signed forms, and requests
to hear them. Pages are published unless built with `published=False`."""

import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtailmedia.models import get_media_model

from hub.demo.pdf import make_pdf
from oral_histories.audio import make_wav
from oral_histories.models import AccessRequest, InterviewPage, OralHistoryProjectPage
from oral_histories.setup import consent_collection

# (start, title, synopsis, keywords, partial transcript) of each segment of a factory's interview.
SEGMENTS = [
    (0, "The journey", "Leaving home.", "journey, airport", "We left at night."),
    (8, "The first winter", "A hostel room.", "housing, winter", "The radiator never worked."),
    (16, "Finding the others", "Saturday meetings.", "community", "We met in the library."),
]
# Enough of an MP4's opening box for the pages and the recording view, which never decode it.
VIDEO_BYTES = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(4000)


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page saved as a revision and published, as an editor's Publish does; a draft when not `published`."""

    class Params:
        published = True

    live = factory.SelfAttribute("published")

    class Meta:
        skip_postgeneration_save = True  # publishing saved it

    @factory.post_generation
    def publish_revision(page, create, extracted, **kwargs):
        if create and page.live:
            page.save_revision().publish()


class OralHistoryProjectPageFactory(PublishedPageFactory):
    title = "Arrivals"
    description = "<p>Memories.</p>"

    class Meta:
        model = OralHistoryProjectPage


class RecordingFactory(factory.django.DjangoModelFactory):
    """A real recording: a WAV whose tones mark the segments' starts, or (`video=True`) an MP4's opening."""

    class Params:
        video = factory.Trait(
            type="video", file=factory.LazyFunction(lambda: ContentFile(VIDEO_BYTES, "interview.mp4"))
        )

    title = "Recording"
    type = "audio"
    duration = 24
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.LazyAttribute(lambda media: ContentFile(make_wav(media.duration, [0, 8, 16]), "interview.wav"))

    class Meta:
        model = get_media_model()


class ConsentFormFactory(factory.django.DjangoModelFactory):
    """A signed consent form, in the collection only the network team opens."""

    title = "Consent form"
    collection = factory.LazyFunction(consent_collection)
    file = factory.LazyAttribute(lambda document: ContentFile(make_pdf(document.title, ["Signed."]), "consent.pdf"))

    class Meta:
        model = get_document_model()


class InterviewPageFactory(PublishedPageFactory):
    """An interview under a pseudonym, consented to public use, with its recording, index and signed form."""

    title = "Arriving in winter"
    narrator_shown_as = InterviewPage.NameShown.PSEUDONYM
    narrator_pseudonym = "Hodan"
    narrator_real_name = "Fadumo Secret-Name"
    summary = factory.LazyAttribute(lambda interview: f"About {interview.title}.")
    duration = 24
    transcript = "<p>We landed in January and the sky was low.</p>"
    segments = factory.LazyFunction(
        lambda: [
            ("segment", {"start": s, "title": t, "synopsis": y, "keywords": k, "partial_transcript": p})
            for s, t, y, k, p in SEGMENTS
        ]
    )
    consent_scope = InterviewPage.Scope.PUBLIC
    consent_form = factory.SubFactory(ConsentFormFactory)
    interview_date = datetime.date(2024, 2, 10)
    recording = factory.SubFactory(RecordingFactory, title=factory.SelfAttribute("..title"))

    class Meta:
        model = InterviewPage


class AccessRequestFactory(factory.django.DjangoModelFactory):
    name = "Dr Lina Haddad"
    email = factory.Sequence(lambda n: f"lina{n}@example.org")
    organisation = "University of Leeds"
    intended_use = "A study of Somali Saturday schools."

    class Meta:
        model = AccessRequest


def interview_form_data(page, action=None, **changes):
    """An interview's edit form as the admin posts it (its index left empty); `action` is e.g. "action-publish"."""
    values = {
        "title": page.title,
        "slug": page.slug,
        "narrator_shown_as": page.narrator_shown_as,
        "narrator_pseudonym": page.narrator_pseudonym,
        "narrator_real_name": page.narrator_real_name,
        "summary": page.summary,
        "recording": page.recording_id or "",
        "duration": "00:24",
        "segments": streamfield([]),
        "transcript": rich_text(page.transcript),
        "consent_form": page.consent_form_id or "",
        "consent_scope": page.consent_scope,
        **changes,
    }
    data = nested_form_data(values)
    if action:
        data[action] = action
    return data
