from hub.models import MemberOrganisationPage
from tests.testapp.models import NoticePage


def build(network):
    """Give the first member a notice; idempotent like every demo builder."""
    organisation = MemberOrganisationPage.objects.order_by("path").first()
    if organisation and not NoticePage.objects.child_of(organisation).exists():
        notice = organisation.add_child(instance=NoticePage(title="Drop-in moved to Thursday", urgency="high"))
        notice.save_revision().publish()
