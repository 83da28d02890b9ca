"""Team workspaces: who may sit on a team, and what makes its page and documents visible to its members alone.

Visibility is Wagtail's own: a view restriction by group on every language's version of the team page, and on the
team's collection. Those the restriction does not accept get a 404 rather than Wagtail's login page, which would
confirm that the team exists (membership.wagtail_hooks)."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from wagtail.models import Collection, CollectionViewRestriction, GroupCollectionPermission, Locale, PageViewRestriction

from hub.dashboard import member_spaces
from hub.roles import is_network_editor, permission
from membership.models import Membership
from membership.models.applications import Level
from membership.models.teams import TeamNote, TeamPage

DOCUMENT_PERMISSIONS = ["add_document", "change_document", "choose_document"]


def may_sit_on_committees(user):
    """People of full member organisations in good standing (the network's founding proposal), and the network
    team who convene them."""
    if not user.is_active:
        return False
    return is_network_editor(user) or (
        member_spaces(user).filter(membership__level=Level.FULL, membership__status=Membership.Status.ACTIVE).exists()
    )


def workspace(team):
    """The version of a team page that holds its workspace: the default language's (every other is its alias or
    translation, sharing its translation key)."""
    if team.locale_id == Locale.get_default().pk:
        return team
    return TeamPage.objects.filter(translation_key=team.translation_key, locale=Locale.get_default()).first() or team


def teams_of(user, index):
    """The live teams under this index the person sits on."""
    teams = TeamPage.objects.child_of(index).live().order_by("title")
    if not user.is_authenticated:
        return TeamPage.objects.none()
    if user.is_superuser:
        return teams
    keys = TeamPage.objects.filter(locale=Locale.get_default(), group__user=user).values("translation_key")
    return teams.filter(translation_key__in=keys)


def ensure_group_and_collection(source):
    changed = {}
    if source.group_id is None:
        group = Group.objects.create(name=f"Team {source.pk}: {source.title}"[:150])
        group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
        changed["group"] = source.group = group
    if source.collection_id is None:
        root = Collection.get_first_root_node()
        changed["collection"] = source.collection = root.add_child(name=f"Team: {source.title}"[:255])
    if changed:
        TeamPage.objects.filter(translation_key=source.translation_key).update(**changed)
    restriction = CollectionViewRestriction.objects.filter(collection=source.collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=source.collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    restriction.groups.set([source.group])
    for codename in DOCUMENT_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=source.group, collection=source.collection, permission=permission("wagtaildocs", codename)
        )


def restrict_every_version(source):
    """Every language's version of the team page is restricted to the team's group."""
    for version in TeamPage.objects.filter(translation_key=source.translation_key):
        restriction, *extra = PageViewRestriction.objects.filter(page=version).order_by("pk") or [
            PageViewRestriction.objects.create(page=version, restriction_type=PageViewRestriction.GROUPS)
        ]
        # One restriction, by the team's group (a copy, or a password an editor set in the privacy dialog, goes).
        PageViewRestriction.objects.filter(pk__in=[other.pk for other in extra]).delete()
        if restriction.restriction_type != PageViewRestriction.GROUPS:
            restriction.restriction_type, restriction.password = PageViewRestriction.GROUPS, ""
            restriction.save()
        restriction.groups.set([source.group])


def sync_members(source):
    """The team's group holds its convener and those of its members who may sit on it today: a person whose
    organisation is no longer a full member loses access at the next sync."""
    people = [member.user for member in source.members.select_related("user") if may_sit_on_committees(member.user)]
    if source.convener is not None and may_sit_on_committees(source.convener):
        people.append(source.convener)
    source.group.user_set.set(people)


def ensure_workspace(team):
    """Make or repair the team's group, collection, restrictions and members; safe to run any number of times."""
    source = workspace(team)
    with transaction.atomic():
        ensure_group_and_collection(source)
        restrict_every_version(source)
        sync_members(source)


def sync_every_team():
    """After a membership changes: who may sit on teams may have changed."""
    for team in TeamPage.objects.filter(locale=Locale.get_default()):
        ensure_workspace(team)


def refuse_unless_member(page, request):
    """A 404 for whoever the team page's restrictions do not accept."""
    if not all(restriction.accept_request(request) for restriction in page.get_view_restrictions()):
        raise Http404


def is_team_collection(collection_id):
    return TeamPage.objects.filter(collection_id=collection_id).exists()


def add_note(team, request):
    from membership.forms import TeamNoteForm

    if request.method != "POST":
        return redirect(team.url)
    form = TeamNoteForm(request.POST)
    if not form.is_valid():
        response = team.render(request, context_overrides={"note_form": form})
        response.status_code = 400
        return response
    TeamNote.objects.create(team_key=team.translation_key, author=request.user, text=form.cleaned_data["text"])
    return redirect(team.url + "#notes")


def team_saved(sender, instance, raw=False, **kwargs):
    # The default language's page, from its creation on: its aliases and translations are copies made with its
    # view restriction (Wagtail copies it), and publishing any of them checks them all again.
    if not raw and instance.alias_of_id is None and instance.locale_id == Locale.get_default().pk:
        ensure_workspace(instance)


def team_published(sender, instance, **kwargs):
    ensure_workspace(instance)


def membership_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_every_team()


def connect_team_signals():
    from django.db.models.signals import post_save
    from wagtail.signals import page_published

    post_save.connect(team_saved, sender=TeamPage, dispatch_uid="membership_team_saved")
    page_published.connect(team_published, sender=TeamPage, dispatch_uid="membership_team_published")
    post_save.connect(membership_changed, sender=Membership, dispatch_uid="membership_teams_follow_levels")
