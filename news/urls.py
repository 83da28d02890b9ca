from django.urls import path

from news import admin_views

urlpatterns = [
    path("", admin_views.queue, name="news_comments"),
    path("<int:pk>/approve/", admin_views.approve, name="news_comment_approve"),
    path("<int:pk>/reject/", admin_views.reject, name="news_comment_reject"),
    path("<int:pk>/reply/", admin_views.reply, name="news_comment_reply"),
    path("pages/<int:page_id>/close/", admin_views.close, name="news_comments_close"),
]
