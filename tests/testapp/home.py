from tests.testapp.models import NoticePage


def latest_notices(request, limit):
    return NoticePage.objects.live().public().order_by("-first_published_at")[:limit]
