"""People: member organisations with their editor, and users in roles."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from hub.factories import RegionFactory
from hub.onboarding import onboard_member

PASSWORD = "a-long-test-password"


def make_london():
    return RegionFactory(name="London", slug="london")


def make_scotland():
    return RegionFactory(name="Scotland", slug="scotland")


def make_member(name, email, **kwargs):
    onboarded = onboard_member(name=name, editor_email=email, invite=False, **kwargs)
    onboarded.editor.set_password(PASSWORD)
    onboarded.editor.save()
    return onboarded


def make_member_a():
    return make_member("Amani Women's Group", "editor@amani.example.org", regions=["london"])


def make_member_b():
    return make_member("Baile Refugee Forum", "editor@baile.example.org", regions=["scotland"])


def person(username, *group_names, language=""):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(*Group.objects.filter(name__in=group_names))
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user
