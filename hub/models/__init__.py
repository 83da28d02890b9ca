from hub.models.documents import HubDocument
from hub.models.languages import Language
from hub.models.members import MemberOrganisationPage, MembersIndexPage, SocialLink
from hub.models.site_settings import SafetySettings
from hub.models.taxonomy import Community, Region, Theme

__all__ = [
    "Community",
    "HubDocument",
    "Language",
    "MemberOrganisationPage",
    "MembersIndexPage",
    "Region",
    "SafetySettings",
    "SocialLink",
    "Theme",
]
