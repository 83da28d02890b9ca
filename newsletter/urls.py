from django.urls import path

from newsletter import admin_views

urlpatterns = [
    path("", admin_views.index, name="newsletter_issues"),
    path("<int:pk>/", admin_views.edit, name="newsletter_issue"),
    path("<int:pk>/preview/email/", admin_views.preview, {"kind": "html"}, name="newsletter_preview_html"),
    path("<int:pk>/preview/text/", admin_views.preview, {"kind": "text"}, name="newsletter_preview_text"),
    path("<int:pk>/approve/", admin_views.approve, name="newsletter_approve"),
]
