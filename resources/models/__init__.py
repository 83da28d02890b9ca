from .library import RelatedResource, ResourceIndexPage, ResourcePage
from .toolkits import ToolkitChapterPage, ToolkitPage

__all__ = [
    "RelatedResource",
    "ResourceIndexPage",
    "ResourcePage",
    "ToolkitChapterPage",
    "ToolkitPage",
]
