from membership.models.applications import Application
from membership.models.ballots import Ballot, BallotOption, Vote
from membership.models.join_page import JoinPage
from membership.models.levels import ContactPerson, FeeBand, Membership, MembershipSettings, Payment
from membership.models.teams import TeamMember, TeamNote, TeamPage, TeamsIndexPage

__all__ = [
    "Application",
    "Ballot",
    "BallotOption",
    "ContactPerson",
    "FeeBand",
    "JoinPage",
    "Membership",
    "MembershipSettings",
    "Payment",
    "TeamMember",
    "TeamNote",
    "TeamPage",
    "TeamsIndexPage",
    "Vote",
]
