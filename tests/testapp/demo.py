from hub.demo.pages import add_page, child_page
from hub.models import MemberOrganisationPage
from tests.testapp.models import NetworkNoticePage, NoticeIndexPage, NoticePage, PetitionPage, StoryPage


def build(network):
    """Give the first member a notice and a story, and the network a notice board with a petition; idempotent
    like every demo builder."""
    organisation = MemberOrganisationPage.objects.order_by("path").first()
    if organisation and not child_page(organisation, NoticePage):
        add_page(organisation, NoticePage(title="Drop-in moved to Thursday", urgency="high"))
    if organisation and not child_page(organisation, StoryPage):
        add_page(
            organisation, StoryPage(title="Arriving in Leeds, 1998", name_shown="pseudonym", consent_form_signed=True)
        )
    board = child_page(network.home, NoticeIndexPage)
    if board is None:
        board = add_page(network.home, NoticeIndexPage(title="Notices", slug="notices"))
        add_page(board, NetworkNoticePage(title="Annual conference moved"))
    if not child_page(board, PetitionPage):
        add_page(board, PetitionPage(title="Keep the drop-in open"))


def build_scale(parents, count):
    return [NoticePage(title=f"Notice {number}", urgency="normal") for number in range(count)]
