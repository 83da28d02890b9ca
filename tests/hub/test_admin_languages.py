"""The admin in the community languages: editors choose Somali or Central Kurdish in their account, and the
dashboard, explorer, editor and workflow screens speak it, Wagtail's own strings included."""

import json

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.support.workflow import current_task_state, draft_in, submit

pytestmark = pytest.mark.django_db

# msgid: (Somali, Central Kurdish), each from Wagtail's (or Django's) catalogue, not ours.
WAGTAIL_STRINGS = {
    "Dashboard": ("Guddiga", "داشبۆرد"),
    "Site summary": ("Soo koobidda bogga", "پوختەی ماڵپەڕ"),
    "Add child page": ("Ku dar bog hoose", "پەڕەی لاوەکی زیاد بکە"),
    "Save draft": ("Kaydi qabyada", "ڕەشنووس پاشەکەوت بکە"),
    "Publish": ("Daabac", "بڵاوکردنەوە"),
    "Awaiting your review": ("Sugaya dib-u-eegistaada", "چاوەڕێی پێداچوونەوەی تۆیە"),
}


def prefer(user, code):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save()
    return user


def test_editors_may_choose_every_language_with_a_complete_catalogue(client_for, member_a):
    form = client_for(member_a.editor).get(reverse("wagtailadmin_account")).text
    for code, name in [("en", "English"), ("ar", "العربيّة"), ("fr", "français"), ("so", "Soomaali"), ("ckb", "کوردی")]:
        assert f'<option value="{code}">{name}</option>' in form
    assert 'value="fa"' not in form  # Persian's interface catalogue is not complete


@pytest.mark.parametrize(("code", "column", "direction"), [("so", 0, "ltr"), ("ckb", 1, "rtl")])
def test_dashboard_explorer_editor_and_review_in_the_editors_language(
    client_for, member_a, network_editor, code, column, direction
):
    def said(msgid):
        return WAGTAIL_STRINGS[msgid][column]

    page = draft_in(member_a.organisation)
    editor = client_for(prefer(member_a.editor, code))
    dashboard = editor.get(reverse("wagtailadmin_home")).text
    scripts_catalogue = editor.get(reverse("wagtailadmin_javascript_catalog")).text  # the sidebar's words
    assert f'"Dashboard": {json.dumps(said("Dashboard"))}' in scripts_catalogue
    assert f'lang="{code}" dir="{direction}"' in dashboard
    assert said("Dashboard") in dashboard and said("Site summary") in dashboard
    assert "Site summary" not in dashboard
    explorer = editor.get(reverse("wagtailadmin_explore", args=[member_a.organisation.pk])).text
    assert said("Add child page") in explorer and "Add child page" not in explorer
    edit_view = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).text
    assert said("Save draft") in edit_view and "Save draft" not in edit_view
    # The history shows dates, which need the language's formats (Django has none for Somali).
    assert editor.get(reverse("wagtailadmin_pages:history", args=[page.pk])).status_code == 200

    submit(editor, page)
    reviewer = client_for(prefer(network_editor, code))
    assert said("Awaiting your review") in reviewer.get(reverse("wagtailadmin_home")).text
    review = reviewer.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).text
    assert said("Publish") in review
    dialogue = reviewer.get(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", current_task_state(page).pk])
    )
    assert dialogue.status_code == 200
