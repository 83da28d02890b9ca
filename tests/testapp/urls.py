from django.urls import path

from tests.testapp import views

urlpatterns = [path("notices/", views.notices, name="testapp_notices")]
