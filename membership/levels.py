"""Membership levels on the public site (the directory's cards and filter, the profiles), through the core's
registry (HubPluginMeta.member_facts and directory_filters), and each new organisation's membership record."""

from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from hub.filters import ChoiceFilter
from hub.models import MemberOrganisationPage
from membership.models import Membership
from membership.models.applications import Level

MEMBERSHIP = _("Membership")


def member_facts(organisations):
    """{translation key: [("Membership", "Full member")…]} for a page of organisations, in one query."""
    keys = {organisation.translation_key for organisation in organisations}
    if not keys:
        return {}
    memberships = Membership.objects.filter(organisation__translation_key__in=keys).values_list(
        "organisation__translation_key", "level", "status"
    )
    facts = {}
    for key, level, status in memberships:
        shown = Level(level).label
        if status != Membership.Status.ACTIVE:
            shown = f"{shown} ({Membership.Status(status).label.lower()})"
        facts[key] = [(MEMBERSHIP, shown)]
    return facts


def filter_by_level(queryset, name, value):
    if not value:
        return queryset
    return queryset.filter(
        translation_key__in=Membership.objects.filter(level=value).values("organisation__translation_key")
    )


def level_filter():
    """The directory's "Membership" filter: full or associate members."""
    return ChoiceFilter(label=MEMBERSHIP, choices=Level.choices, method=filter_by_level)


def ensure_membership(organisation, **fields):
    """The organisation's membership record (on its default-language page), made or updated."""
    membership, _created = Membership.objects.update_or_create(organisation=organisation, defaults=fields)
    return membership


def membership_for_new_organisations(sender, instance, created, raw=False, **kwargs):
    """Every organisation has a membership from the start: associate unless the network decides otherwise."""
    if created and not raw and instance.alias_of_id is None and instance.locale_id == Locale.get_default().pk:
        Membership.objects.get_or_create(organisation=instance)


def connect_membership_signals():
    post_save.connect(
        membership_for_new_organisations, sender=MemberOrganisationPage, dispatch_uid="membership_for_new_org"
    )
