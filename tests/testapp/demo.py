from hub.models import MemberOrganisationPage
from tests.testapp.models import NetworkNoticePage, NoticeIndexPage, NoticePage


def build(network):
    """Give the first member a notice and the network a notice board; idempotent like every demo builder."""
    organisation = MemberOrganisationPage.objects.order_by("path").first()
    if organisation and not NoticePage.objects.child_of(organisation).exists():
        notice = organisation.add_child(instance=NoticePage(title="Drop-in moved to Thursday", urgency="high"))
        notice.save_revision().publish()
    board = NoticeIndexPage.objects.child_of(network.home).first()
    if board is None:
        board = network.home.add_child(instance=NoticeIndexPage(title="Notices", slug="notices"))
        board.save_revision().publish()
        board.add_child(instance=NetworkNoticePage(title="Annual conference moved")).save_revision().publish()
