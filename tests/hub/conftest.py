"""What the workflow tests share: people in roles, pages in a member's space, and the admin's own requests."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from home.models import ContentPage
from hub.roles import reviewers_group_name, translators_group_name
from tests.conftest import PASSWORD


def person(username, *group_names, language=""):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(*Group.objects.filter(name__in=group_names))
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user


@pytest.fixture
def arabic_reviewer(db):
    return person("samira", reviewers_group_name("ar"), language="ar")


@pytest.fixture
def french_reviewer(db):
    return person("claire", reviewers_group_name("fr"), language="fr")


@pytest.fixture
def arabic_translator(db):
    return person("layla", translators_group_name("ar"))


def draft_in(organisation, title="Saturday drop-in", user=None):
    page = organisation.add_child(
        instance=ContentPage(title=title, body=[("paragraph", "<p>Bring your letters.</p>")], live=False)
    )
    page.save_revision(user=user)
    return page


def edit_form(page, title, action=None):
    """The edit form of a content page as the admin posts it; `action` is e.g. "action-submit"."""
    data = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "introduction": rich_text("<p>For everyone.</p>"),
            "body": streamfield([("paragraph", rich_text("<p>Bring your letters.</p>"))]),
        }
    )
    if action:
        data[action] = action
    return data


def submit(client, page, title=None):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form(page, title or page.title, "action-submit")
    )


def current_task_state(page):
    state = WorkflowState.objects.for_instance(page).active().get()
    return state.current_task_state.specific


def act(client, page, action, comment=""):
    """Approve or request changes through Wagtail's workflow action view, as the dashboard's buttons do."""
    task_state = current_task_state(page)
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]), {"comment": comment}
    )


def translate(source, code, user, text, publish=False):
    """A translation of source into code, its strings filled in by a translator and saved as a draft (or
    published)."""
    from wagtail_localize.models import StringTranslation, TranslationSource

    locale = Locale.objects.get(language_code=code)
    translation_source, _created = TranslationSource.get_or_create_from_instance(source)
    translation, _created = Translation.objects.get_or_create(source=translation_source, target_locale=locale)
    for segment in translation_source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text.get(segment.string.data, segment.string.data), "last_translated_by": user},
        )
    translation.save_target(user=user, publish=publish)
    return source.specific_class.objects.get(translation_key=source.translation_key, locale=locale)


def refused(response):
    """Wagtail answers a forbidden admin request with 403, or by sending the user back to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))
