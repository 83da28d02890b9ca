from membership.models.applications import Application
from membership.models.ballot_results import BallotResultsPage
from membership.models.ballots import Ballot, BallotOption, Vote
from membership.models.groups import GroupCoordinator, GroupMeeting, RegionalGroupPage, RegionalGroupsIndexPage
from membership.models.join_page import JoinPage
from membership.models.levels import ContactPerson, FeeBand, Membership, MembershipSettings, Payment
from membership.models.teams import TeamMember, TeamNote, TeamPage, TeamsIndexPage

__all__ = [
    "Application",
    "Ballot",
    "BallotResultsPage",
    "BallotOption",
    "ContactPerson",
    "FeeBand",
    "GroupCoordinator",
    "GroupMeeting",
    "JoinPage",
    "Membership",
    "MembershipSettings",
    "Payment",
    "RegionalGroupPage",
    "RegionalGroupsIndexPage",
    "TeamMember",
    "TeamNote",
    "TeamPage",
    "TeamsIndexPage",
    "Vote",
]
