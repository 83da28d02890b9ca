"""hub.visibility: the pages of no private section, the same as Wagtail's `.public()`, in fewer clauses."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from home.models import ContentPage
from hub.visibility import private_section_paths, public, public_for_search


def add(parent, title):
    page = ContentPage(title=title)
    parent.add_child(instance=page)
    return page


@pytest.fixture
def tree(home):
    """Sections restricted at three depths and in each of Wagtail's ways, and public pages beside them."""
    pages = {"top": add(home, "Top")}
    for parent, title in [
        ("top", "Password section"),
        ("Password section", "Under a password"),
        ("Under a password", "Deep under a password"),
        ("top", "Open section"),
        ("Open section", "Open page"),
        ("Open section", "Group page"),
        ("Group page", "Under a group page"),
        ("Open page", "Members only"),
        ("top", "Open page's namesake"),
    ]:
        pages[title] = add(pages[parent], title)
    PageViewRestriction.objects.create(
        page=pages["Password section"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    group_restriction = PageViewRestriction.objects.create(
        page=pages["Group page"], restriction_type=PageViewRestriction.GROUPS
    )
    group_restriction.groups.set([Group.objects.create(name="Researchers")])
    PageViewRestriction.objects.create(page=pages["Members only"], restriction_type=PageViewRestriction.LOGIN)
    # A private section inside another.
    PageViewRestriction.objects.create(page=pages["Deep under a password"], restriction_type=PageViewRestriction.LOGIN)
    return pages


def titles(pages):
    return set(pages.values_list("title", flat=True))


def test_leaves_out_every_restricted_page_and_all_below_it(tree):
    shown = titles(public(Page.objects.descendant_of(tree["top"])))
    assert shown == {"Open section", "Open page", "Open page's namesake"}


def test_gives_the_same_pages_as_wagtail(tree):
    everything = Page.objects.all()
    assert titles(public(everything)) == titles(everything.public())
    live_content = ContentPage.objects.live()
    assert titles(public(live_content)) == titles(live_content.public())


def test_search_leaves_out_the_same_pages(tree):
    everything = Page.objects.all()
    assert titles(public_for_search(everything)) == titles(public(everything))


def test_a_section_inside_another_is_not_asked_again(tree):
    assert private_section_paths() == tuple(
        sorted(tree[title].path for title in ["Password section", "Group page", "Members only"])
    )


def test_without_restrictions_every_page_is_public(tree):
    PageViewRestriction.objects.all().delete()
    assert titles(public(Page.objects.all())) == titles(Page.objects.all())


def test_outside_a_request_a_new_restriction_counts_at_once(tree):
    # Within a request the private sections are read once (hub.per_request); commands and tasks ask each time.
    assert "Open page" in titles(public(Page.objects.all()))
    PageViewRestriction.objects.create(page=tree["Open page"], restriction_type=PageViewRestriction.LOGIN)
    assert "Open page" not in titles(public(Page.objects.all()))
