from .library import RelatedResource, ResourceIndexPage, ResourcePage
from .oral_histories import AccessRequest, InterviewPage, OralHistoryProjectPage
from .toolkits import ToolkitChapterPage, ToolkitPage

__all__ = [
    "AccessRequest",
    "InterviewPage",
    "OralHistoryProjectPage",
    "RelatedResource",
    "ResourceIndexPage",
    "ResourcePage",
    "ToolkitChapterPage",
    "ToolkitPage",
]
