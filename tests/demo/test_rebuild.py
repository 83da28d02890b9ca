"""Running the demo again changes nothing; --reset starts it over. Last of all (resets_demo): a reset deletes the
demo's files for good (the database rolls back, the files do not), so nothing may read them after it."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation, TranslationSource

from hub.models import MemberOrganisationPage, Region
from oral_histories.models import InterviewPage
from tests.support.demo import INTRODUCTIONS
from tests.support.people import PASSWORD


def counts():
    return (
        MemberOrganisationPage.objects.count(),
        MemberOrganisationPage.objects.filter(live=True).count(),
        Page.objects.filter(alias_of__isnull=True).count(),
        Page.objects.count(),
        TranslationSource.objects.count(),
        StringTranslation.objects.count(),
        Region.objects.count(),
        get_user_model().objects.count(),
    )


@pytest.mark.resets_demo
def test_demo_is_idempotent_and_reset_starts_over(demo_output, django_capture_on_commit_callbacks):
    first, revisions = counts(), Revision.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("hub_demo", password=PASSWORD, stdout=StringIO())
    # Every plugin's pages are counted too: running again adds no resource, toolkit, event or interview,
    # and republishes nothing, not even the interview whose narrator withdrew.
    assert counts() == first
    assert Revision.objects.count() == revisions
    assert not InterviewPage.objects.filter(consent_withdrawn=True, live=True).exists()
    organisation = MemberOrganisationPage.objects.filter(locale=Locale.get_default()).first()
    organisation.mission = "Changed by a curious visitor to the demo"
    organisation.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("hub_demo", "--reset", password=PASSWORD, stdout=StringIO())
    assert counts() == first
    assert not MemberOrganisationPage.objects.filter(mission__startswith="Changed by").exists()
    arabic_home = Page.objects.get(depth=2, locale__language_code="ar").specific
    assert INTRODUCTIONS["ar"] in arabic_home.introduction
