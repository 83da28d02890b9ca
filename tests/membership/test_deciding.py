"""Network editors decide on applications: approving onboards the organisation with the core's onboarding,
declining and asking for more information email the applicant; every decision is in the audit log; nobody else
may see or decide anything."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import Collection, GroupPagePermission, ModelLogEntry

from hub.models import MemberOrganisationPage
from hub.roles import translators_group_name
from membership.factories import ApplicationFactory
from membership.models import Application
from tests.support.people import person

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(london):
    application = ApplicationFactory(organisation_name="Sudanese Youth Forum", contact_email="amal@example.org")
    application.regions.set([london])
    return application


def decide_url(application, decision):
    return reverse(f"membership_{decision}", args=[application.pk])


def test_network_editors_list_and_filter_applications(client_for, network_editor, application):
    ApplicationFactory(organisation_name="Afghan Women's Kitchen", level="associate")
    ApplicationFactory(organisation_name="Old Decision", status=Application.Status.DECLINED)
    client = client_for(network_editor)

    html = client.get(reverse("membership_applications")).content.decode()
    assert "Sudanese Youth Forum" in html and "Afghan Women" in html and "Old Decision" in html

    html = client.get(reverse("membership_applications"), {"status": "waiting", "level": "full"}).content.decode()
    assert "Sudanese Youth Forum" in html
    assert "Afghan Women" not in html and "Old Decision" not in html
    assert client.get(reverse("membership_applications"), {"status": "<script>"}).status_code == 200


def test_the_listing_and_detail_take_a_bounded_number_of_queries(
    client_for, network_editor, application, django_assert_max_num_queries
):
    for number in range(15):
        ApplicationFactory(organisation_name=f"Group {number}")
    client = client_for(network_editor)
    client.get(reverse("membership_applications"))
    with django_assert_max_num_queries(25):
        assert client.get(reverse("membership_applications")).status_code == 200
    with django_assert_max_num_queries(25):
        assert client.get(reverse("membership_application", args=[application.pk])).status_code == 200


def test_approving_onboards_the_organisation_as_hub_add_member_does(client_for, network_editor, application, london):
    client = client_for(network_editor)
    html = client.get(reverse("membership_application", args=[application.pk])).content.decode()
    assert "amal@example.org" in html and "Approve and onboard" in html

    response = client.post(decide_url(application, "approve"), follow=True)

    assert "Sudanese Youth Forum is now a member" in response.content.decode()
    organisation = MemberOrganisationPage.objects.get(title="Sudanese Youth Forum", alias_of__isnull=True)
    assert organisation.live and list(organisation.regions.all()) == [london]
    group = Group.objects.get(name="Sudanese Youth Forum editors")
    assert GroupPagePermission.objects.filter(group=group, page=organisation).exists()
    assert Collection.objects.filter(name="Sudanese Youth Forum").exists()
    editor = get_user_model().objects.get(email="amal@example.org")
    assert list(editor.groups.all()) == [group]
    application.refresh_from_db()
    assert (application.status, application.organisation_id, application.decided_by) == (
        Application.Status.APPROVED,
        organisation.pk,
        network_editor,
    )
    subjects = {message.to[0]: message for message in mail.outbox}
    assert "/admin/password_reset/confirm/" in subjects["amal@example.org"].body or any(
        "/admin/password_reset/confirm/" in message.body for message in mail.outbox
    )
    assert any("Welcome" in message.subject for message in mail.outbox)
    entry = ModelLogEntry.objects.for_instance(application).get(action="membership.application.approve")
    assert entry.user == network_editor
    assert (
        "Application approved" in client.get(reverse("membership_application", args=[application.pk])).content.decode()
    )


def test_an_application_naming_an_existing_member_changes_nothing(client_for, network_editor, member_a):
    application = ApplicationFactory(organisation_name="Amani Women's Group", contact_email="new@amani.example.org")
    groups_before = list(Group.objects.get(name="Amani Women's Group editors").user_set.all())

    response = client_for(network_editor).post(decide_url(application, "approve"), follow=True)

    assert "is already a member organisation" in response.content.decode()
    application.refresh_from_db()
    assert application.status == Application.Status.WAITING
    assert list(Group.objects.get(name="Amani Women's Group editors").user_set.all()) == groups_before
    assert not get_user_model().objects.filter(email="new@amani.example.org").exists()


def test_declining_emails_the_reason_and_is_logged(client_for, network_editor, application):
    response = client_for(network_editor).post(
        decide_url(application, "decline"), {"decline-message": "You are not led by migrants."}, follow=True
    )
    assert "declined" in response.content.decode()
    application.refresh_from_db()
    assert application.status == Application.Status.DECLINED
    assert mail.outbox[-1].to == ["amal@example.org"]
    assert "You are not led by migrants." in mail.outbox[-1].body
    assert ModelLogEntry.objects.for_instance(application).filter(action="membership.application.decline").exists()
    assert not MemberOrganisationPage.objects.filter(title="Sudanese Youth Forum").exists()


def test_declining_needs_a_reason(client_for, network_editor, application):
    response = client_for(network_editor).post(decide_url(application, "decline"), {"decline-message": ""})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    application.refresh_from_db()
    assert application.status == Application.Status.WAITING
    assert mail.outbox == []


def test_asking_for_more_information_emails_the_question_and_keeps_it_open(client_for, network_editor, application):
    client = client_for(network_editor)
    client.post(decide_url(application, "ask"), {"ask-message": "Which boroughs do you cover?"})
    application.refresh_from_db()
    assert application.status == Application.Status.MORE_INFORMATION
    assert "Which boroughs do you cover?" in mail.outbox[-1].body
    assert ModelLogEntry.objects.for_instance(application).filter(action="membership.application.ask").exists()
    # Still open: it can be approved after the answer.
    client.post(decide_url(application, "approve"))
    application.refresh_from_db()
    assert application.status == Application.Status.APPROVED


def test_a_decided_application_cannot_be_decided_again(client_for, network_editor, application):
    client = client_for(network_editor)
    client.post(decide_url(application, "decline"), {"decline-message": "No."})
    response = client.post(decide_url(application, "approve"), follow=True)
    assert "already been decided" in response.content.decode()
    assert not MemberOrganisationPage.objects.filter(title="Sudanese Youth Forum").exists()


def test_deciding_needs_a_post(client_for, network_editor, application):
    client = client_for(network_editor)
    assert client.get(decide_url(application, "approve")).status_code == 405
    application.refresh_from_db()
    assert application.status == Application.Status.WAITING


@pytest.mark.parametrize("who", ["anonymous", "member editor", "translator", "plain admin user"])
def test_nobody_but_network_editors_sees_or_decides(client, client_for, application, member_a, who):
    if who == "member editor":
        client = client_for(member_a.editor)
    elif who == "translator":
        client = client_for(person("layla", translators_group_name("ar")))
    elif who == "plain admin user":
        client = client_for(person("someone", "Moderators"))
    urls = [
        reverse("membership_applications"),
        reverse("membership_applications_results"),
        reverse("membership_application", args=[application.pk]),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "amal@example.org" not in response.content.decode()
    for decision, data in [("approve", {}), ("decline", {"decline-message": "x"}), ("ask", {"ask-message": "x"})]:
        assert client.post(decide_url(application, decision), data).status_code in (302, 403)
    application.refresh_from_db()
    assert application.status == Application.Status.WAITING
    assert not MemberOrganisationPage.objects.filter(title="Sudanese Youth Forum").exists()
    assert mail.outbox == []
