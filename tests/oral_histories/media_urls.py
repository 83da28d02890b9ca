"""The hub's URLs with MEDIA_ROOT served at MEDIA_URL whatever DEBUG says: what a careless proxy would do."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from hub.urls import urlpatterns as hub_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *hub_urlpatterns,
]
