from hub.models import MemberOrganisationPage
from tests.testapp.models import NetworkNoticePage, NoticeIndexPage, NoticePage, PetitionPage, StoryPage


def build(network):
    """Give the first member a notice and a story, and the network a notice board with a petition; idempotent
    like every demo builder."""
    organisation = MemberOrganisationPage.objects.order_by("path").first()
    if organisation and not NoticePage.objects.child_of(organisation).exists():
        notice = organisation.add_child(instance=NoticePage(title="Drop-in moved to Thursday", urgency="high"))
        notice.save_revision().publish()
    if organisation and not StoryPage.objects.child_of(organisation).exists():
        story = StoryPage(title="Arriving in Leeds, 1998", name_shown="pseudonym", consent_form_signed=True)
        organisation.add_child(instance=story).save_revision().publish()
    board = NoticeIndexPage.objects.child_of(network.home).first()
    if board is None:
        board = network.home.add_child(instance=NoticeIndexPage(title="Notices", slug="notices"))
        board.save_revision().publish()
        board.add_child(instance=NetworkNoticePage(title="Annual conference moved")).save_revision().publish()
    if not PetitionPage.objects.child_of(board).exists():
        board.add_child(instance=PetitionPage(title="Keep the drop-in open")).save_revision().publish()


def build_scale(parents, count):
    return [NoticePage(title=f"Notice {number}", urgency="normal") for number in range(count)]
