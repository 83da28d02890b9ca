"""Nobody reaches what is not theirs: member B's editors see none of A's consent records, forms or requests;
translators cannot reach consent forms; anonymous visitors get 404 on every path not cleared."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model

from hub.demo.pdf import make_pdf
from hub.roles import translators_group_name
from oral_histories.factories import AccessRequestFactory, InterviewPageFactory, interview_form_data
from oral_histories.models import AccessRequest, InterviewPage
from oral_histories.setup import consent_collection
from tests.support.people import person
from tests.support.workflow import refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def requested(interview):
    InterviewPage.objects.filter(pk=interview.pk).update(consent_scope=InterviewPage.Scope.ON_REQUEST)
    return AccessRequestFactory(interview=interview, email="lina@example.org")


def admin_paths(interview):
    return [
        reverse("wagtailadmin_pages:edit", args=[interview.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[interview.pk]),
        reverse("wagtailadmin_pages:history", args=[interview.pk]),
        reverse("wagtailadmin_pages:revisions_revert", args=[interview.pk, interview.latest_revision_id]),
        reverse("wagtaildocs:edit", args=[interview.consent_form_id]),
    ]


def test_another_member_s_editors_see_no_consent_record(client_for, interview, member_b):
    editor = client_for(member_b.editor)
    for path in admin_paths(interview):
        response = editor.get(path)
        assert refused(response) or response.status_code == 404, path
        assert "Fadumo" not in response.text
    assert "Consent form" not in editor.get(reverse("wagtaildocs_chooser:choose")).json()["html"]


def test_member_editors_cannot_open_consent_forms_even_their_own(client, client_for, interview, member_a):
    document = interview.consent_form
    for user in (member_a.editor, None):
        if user:
            client_for(user)
        else:
            client.logout()
        assert client.get(document.url).status_code == 404
        assert client.get(reverse("wagtaildocs:edit", args=[document.pk])).status_code in (302, 403)
    assert "Consent form" not in client_for(member_a.editor).get(reverse("wagtaildocs_chooser:choose")).json()["html"]


def test_translators_cannot_reach_consent_forms(client_for, interview):
    translator = client_for(person("layla", translators_group_name("ar")))
    document = interview.consent_form
    assert translator.get(document.url).status_code == 404
    assert refused(translator.get(reverse("wagtaildocs:edit", args=[document.pk])))
    assert "Consent form" not in translator.get(reverse("wagtaildocs_chooser:choose")).json()["html"]


def test_the_network_team_opens_consent_forms(client_for, interview, network_editor):
    assert client_for(network_editor).get(interview.consent_form.url).status_code == 200


def test_only_the_network_team_sees_and_decides_access_requests(client_for, requested, member_a, member_b):
    for user in (member_a.editor, member_b.editor):
        editor = client_for(user)
        listing = editor.get(reverse("oral_histories_access_requests"))
        assert refused(listing) and "lina@example.org" not in listing.text
        assert refused(
            editor.post(reverse("oral_histories_decide_access", args=[requested.pk]), {"decision": "approve"})
        )
    requested.refresh_from_db()
    assert requested.status == AccessRequest.Status.PENDING


def test_the_admin_menu_offers_requests_to_the_network_team_only(client_for, member_a, network_editor):
    url = reverse("oral_histories_access_requests")
    assert url in client_for(network_editor).get(reverse("wagtailadmin_home")).text
    assert url not in client_for(member_a.editor).get(reverse("wagtailadmin_home")).text


def test_anonymous_visitors_get_404_on_every_path_of_a_hidden_interview(client, project, interview):
    hidden = InterviewPageFactory(parent=project, title="Research only", consent_scope=InterviewPage.Scope.RESEARCH)
    for path in ["", "recording/", "request-access/", "?access=x", "recording/?access=x"]:
        assert client.get(hidden.url + path).status_code == 404, path
    assert client.post(hidden.url + "request-access/", {"name": "x"}).status_code == 404
    assert client.get(interview.consent_form.url).status_code == 404
    assert client.get(interview.url + "nothing-here/").status_code == 404


def test_the_real_name_is_kept_out_of_translation(interview):
    from wagtail_localize.models import StringSegment, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(interview)
    texts = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert "Hodan" in texts and "About Arriving in winter." in texts
    assert not any("Fadumo" in text for text in texts)
    assert not any("Consent" in text for text in texts)
    fields = {segment.context.path for segment in source.overridablesegment_set.select_related("context")}
    assert not fields & set(InterviewPage.CONSENT_FIELDS)


def test_a_consent_form_attached_from_a_member_s_collection_is_moved_where_only_the_network_opens_it(
    client, client_for, interview, member_a, member_b
):
    # The member's volunteer editor uploads the signed scan into their organisation's collection, as the
    # chooser offers, and attaches it.
    scan = get_document_model().objects.create(
        title="Signed form, Hodan",
        collection=member_a.collection,
        file=ContentFile(make_pdf("Consent", ["Signed."]), name="signed.pdf"),
    )
    editor = client_for(member_a.editor)
    response = editor.post(
        reverse("wagtailadmin_pages:edit", args=[interview.pk]), interview_form_data(interview, consent_form=scan.pk)
    )
    assert response.status_code == 302, response.content
    assert response.url == reverse("wagtailadmin_pages:edit", args=[interview.pk]), response.url
    scan.refresh_from_db()
    assert scan.collection == consent_collection()
    assert InterviewPage.objects.get(pk=interview.pk).get_latest_revision_as_object().consent_form == scan
    assert "Signed form, Hodan" not in editor.get(reverse("wagtaildocs:index")).text
    for user in (None, member_b.editor, member_a.editor):
        if user:
            client_for(user)
        else:
            client.logout()
        assert client.get(scan.url).status_code == 404
