"""The membership demo (content.yaml, translations/): the join page and applications waiting for a decision.
Idempotent."""

from hub.demo import data
from hub.demo.pages import add_page, child_page
from hub.demo.translate import translate
from membership.models import Application, JoinPage


def demo_data():
    return data.load(__file__)


def ensure_join_page(home):
    entry = demo_data().content["join_page"]
    page = child_page(home, JoinPage)
    if page is None:
        page = add_page(
            home,
            JoinPage(
                title=entry["title"],
                slug=entry["slug"],
                introduction=entry["introduction"],
                levels=entry["levels"],
                mission_statement=entry["mission_statement"],
                show_in_menus=True,
            ),
        )
    return page


def add_applications(network):
    for entry in demo_data().content["applications"]:
        if Application.objects.filter(organisation_name=entry["organisation"]).exists():
            continue
        name, email, role = entry["contact"]
        application = Application.objects.create(
            language="en",
            level=entry["level"],
            organisation_name=entry["organisation"],
            about=entry["about"],
            income_band=entry.get("income_band", ""),
            size_band=entry.get("size_band", ""),
            contact_name=name,
            contact_email=email,
            contact_role=role,
            agrees_with_mission=True,
            status=entry.get("status", Application.Status.WAITING),
            decision_message=entry.get("question", ""),
        )
        application.regions.set([network.regions[slug] for slug in entry["regions"] if slug in network.regions])


def build(network):
    page = ensure_join_page(network.home)
    translate(page, ["ar", "fr", "so"], demo_data().translations)
    add_applications(network)
