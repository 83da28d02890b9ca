from tests.testapp.models import NoticePage


def latest_notices(request, limit):
    return NoticePage.objects.live().public().order_by("-first_published_at")[:limit]


def urgent_notices_of(request, organisation, limit):
    return NoticePage.objects.live().public().child_of(organisation).filter(urgency="high")[:limit]
