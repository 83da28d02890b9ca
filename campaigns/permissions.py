"""Who may decide on a campaign's coalition and see its pledges: its lead organisation's editors and the network."""

from hub.dashboard import member_spaces
from hub.roles import is_network_editor


def organisation_keys(user):
    """Translation keys of the organisations the user edits: their pages in every language are theirs."""
    return set(member_spaces(user).values_list("translation_key", flat=True))


def may_manage(user, campaign):
    """The lead's editors and network editors; for the network's own campaigns, network editors only."""
    if is_network_editor(user):
        return True
    return campaign.organisation_id is not None and campaign.organisation.translation_key in organisation_keys(user)
