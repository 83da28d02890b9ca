from .library import RelatedResource, ResourceIndexPage, ResourcePage

__all__ = ["RelatedResource", "ResourceIndexPage", "ResourcePage"]
