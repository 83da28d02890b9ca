from hub.models.languages import Language
from hub.models.members import MemberOrganisationPage, MembersIndexPage, SocialLink
from hub.models.site_settings import SafetySettings
from hub.models.taxonomy import Community, Region, Theme

__all__ = [
    "Community",
    "Language",
    "MemberOrganisationPage",
    "MembersIndexPage",
    "Region",
    "SafetySettings",
    "SocialLink",
    "Theme",
]
