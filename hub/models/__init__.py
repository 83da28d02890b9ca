from hub.models.documents import HubDocument
from hub.models.interface_translations import InterfaceTranslation
from hub.models.languages import Language
from hub.models.listing_pages import ListingIndexPage
from hub.models.members import MemberOrganisationPage, MembersIndexPage, SocialLink
from hub.models.private_media import HubMedia
from hub.models.site_settings import (
    ContactSettings,
    SafetySettings,
    SearchEngineSettings,
    SiteNames,
    SiteNameTranslation,
)
from hub.models.spaces import InMemberSpaceMixin
from hub.models.tagging import TaggedPage
from hub.models.taxonomy import Community, Region, Theme
from hub.models.unpublished_pages import UnpublishedNewPage
from hub.models.workflow_tasks import ConsentCheckTask, LanguageReviewTask, NetworkReviewTask

__all__ = [
    "Community",
    "ConsentCheckTask",
    "HubDocument",
    "HubMedia",
    "InMemberSpaceMixin",
    "InterfaceTranslation",
    "Language",
    "LanguageReviewTask",
    "ListingIndexPage",
    "MemberOrganisationPage",
    "MembersIndexPage",
    "NetworkReviewTask",
    "Region",
    "ContactSettings",
    "SafetySettings",
    "SearchEngineSettings",
    "SiteNameTranslation",
    "SiteNames",
    "SocialLink",
    "TaggedPage",
    "Theme",
    "UnpublishedNewPage",
]
