from django.http import HttpResponse


def notices(request):
    return HttpResponse("notices")
