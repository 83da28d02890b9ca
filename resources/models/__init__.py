from .library import RelatedResource, ResourceIndexPage, ResourcePage
from .oral_histories import AccessRequest, InterviewPage, OralHistoryProjectPage

__all__ = [
    "AccessRequest",
    "InterviewPage",
    "OralHistoryProjectPage",
    "RelatedResource",
    "ResourceIndexPage",
    "ResourcePage",
]
