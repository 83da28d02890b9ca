"""Onboarding one member organisation: its profile, editors' group, media collection and first editor.

Both `hub_add_member` and the admin view call `onboard_member`. It validates everything before
writing anything, writes in one transaction, and can be run again for the same organisation
without duplicating anything (it completes what is missing).
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupPagePermission, Locale

from hub.absolute_urls import absolute_url
from hub.mail import queue_with_submission
from hub.models import MemberOrganisationPage, MembersIndexPage, Region
from hub.roles import (
    MEMBER_PAGE_PERMISSIONS,
    ensure_collection,
    grant_media_permissions,
    grant_page_permissions,
    page_permission,
)
from hub.tree_aliases import alias_into_every_language
from hub.workflows import ensure_member_workflow

MAX_NAME_LENGTH = 200


class OnboardingError(Exception):
    """A reason, fit to show the person onboarding, why nothing was changed."""


@dataclass
class Onboarded:
    organisation: MemberOrganisationPage
    group: Group
    collection: Collection
    editor: object
    created: bool
    editor_created: bool
    invitation_sent: bool = False


def editors_group_name(name):
    # Not translated: a name is the group's key, and must not change with the language of whoever onboards.
    return f"{name} editors"


def resolve_regions(region_names):
    """Regions by slug or name, in the default language; an unknown one is an error naming it."""
    regions = []
    default_locale = Locale.get_default()
    for wanted in region_names:
        wanted = wanted.strip()
        region = Region.objects.filter(Q(slug__iexact=wanted) | Q(name__iexact=wanted), locale=default_locale).first()
        if region is None:
            known = ", ".join(Region.objects.filter(locale=default_locale).values_list("name", flat=True))
            raise OnboardingError(
                _("Unknown region “%(region)s”. Known regions: %(known)s.") % {"region": wanted, "known": known or "—"}
            )
        regions.append(region)
    return regions


def validate_request(name, editor_email):
    name = " ".join((name or "").split())
    if not name:
        raise OnboardingError(_("The organisation needs a name."))
    if len(name) > MAX_NAME_LENGTH:
        raise OnboardingError(_("The name is too long (at most %(max)d characters).") % {"max": MAX_NAME_LENGTH})
    slug = slugify(name, allow_unicode=True)
    if not slug:
        raise OnboardingError(
            _("The name “%(name)s” has no letters or digits to make a web address from.") % {"name": name}
        )
    editor_email = (editor_email or "").strip().lower()
    try:
        validate_email(editor_email)
    except ValidationError:
        raise OnboardingError(_("“%(email)s” is not a valid email address.") % {"email": editor_email}) from None
    return name, slug, editor_email


def find_directory():
    directory = MembersIndexPage.objects.filter(locale=Locale.get_default()).first()
    if directory is None:
        raise OnboardingError(_("There is no member directory yet: run `hub hub_setup` first."))
    return directory


def find_existing(directory, name, slug):
    """The organisation this name already belongs to, or None; a near-miss of another name is an error."""
    existing = MemberOrganisationPage.objects.child_of(directory).filter(slug=slug).first()
    if existing is not None and existing.title.casefold() != name.casefold():
        raise OnboardingError(
            _("“%(name)s” is too close to the existing member “%(existing)s” (address /members/%(slug)s/).")
            % {"name": name, "existing": existing.title, "slug": slug}
        )
    return existing


def ensure_group(organisation, collection, trusted_publisher):
    group, _created = Group.objects.get_or_create(name=editors_group_name(organisation.title))
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    grant_page_permissions(group, organisation, MEMBER_PAGE_PERMISSIONS)
    if trusted_publisher:
        grant_page_permissions(group, organisation, ["publish_page"])
    else:
        GroupPagePermission.objects.filter(
            group=group, page=organisation, permission=page_permission("publish_page")
        ).delete()
    grant_media_permissions(group, collection)
    return group


def ensure_editor(email, full_name, group):
    User = get_user_model()
    editor = User.objects.filter(email__iexact=email).first()
    created = editor is None
    if created:
        first_name, _sep, last_name = (full_name or "").strip().partition(" ")
        editor = User(username=email, email=email, first_name=first_name, last_name=last_name)
        editor.set_unusable_password()
        editor.save()
    editor.groups.add(group)
    return editor, created


def send_invitation(onboarded):
    editor = onboarded.editor
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(editor.pk)),
            "token": default_token_generator.make_token(editor),
        },
    )
    context = {
        "organisation": onboarded.organisation,
        "editor": editor,
        "link": absolute_url(path),
    }
    return queue_with_submission(
        lambda: send_mail(
            subject=_("You are invited to edit %(organisation)s on the hub")
            % {"organisation": onboarded.organisation.title},
            message=render_to_string("hub/emails/invitation.txt", context),
            from_email=None,
            recipient_list=[editor.email],
        ),
        f"the invitation to editor {editor.pk}",
    )


def onboard_member(
    *,
    name,
    editor_email,
    editor_name="",
    regions=(),
    trusted_publisher=False,
    invite=True,
    **profile,
):
    """Onboard one organisation, or complete an earlier onboarding of the same one. Raises OnboardingError."""
    name, slug, editor_email = validate_request(name, editor_email)
    region_objects = resolve_regions(regions)
    directory = find_directory()
    with transaction.atomic():
        organisation = find_existing(directory, name, slug)
        created = organisation is None
        if created:
            organisation = directory.add_child(
                instance=MemberOrganisationPage(
                    title=name,
                    slug=slug,
                    trusted_publisher=trusted_publisher,
                    **profile,
                )
            )
            organisation.regions.set(region_objects)
            organisation.save_revision().publish()
            alias_into_every_language(organisation)
        ensure_member_workflow(organisation)
        collection = ensure_collection(name)
        group = ensure_group(organisation, collection, organisation.trusted_publisher)
        editor, editor_created = ensure_editor(editor_email, editor_name, group)
        onboarded = Onboarded(organisation, group, collection, editor, created, editor_created)
        if editor_created and invite:
            onboarded.invitation_sent = send_invitation(onboarded)
    return onboarded
