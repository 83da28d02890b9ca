from django.http import HttpResponse
from django.urls import path

urlpatterns = [path("notices/", lambda request: HttpResponse("notices"), name="testapp_notices")]
