"""Public comments: written without an account on cached pages, held for moderators as news.commenting says,
moderated in the admin by those allowed to, reported by readers, and forgotten as personal data."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from campaigns.factories import CampaignPageFactory
from hub.personal_data import erase_personal_data, export_personal_data, purge_expired_personal_data
from news.factories import NewsPageFactory
from news.models import ClosedToComments, Comment
from resources.factories import ResourcePageFactory
from tests.support.pages import anonymous_get, refused_or_sent_to_log_in, served_from_cache
from tests.support.people import person

pytestmark = pytest.mark.django_db

OWN_SITE = "http://testserver"


def comment_data(**extra):
    return {
        "name": "Amina",
        "email": "Amina@Example.org",
        "text": "Thank you for this.",
        "language": "en",
        "website": "",
        **extra,
    }


def browser_post(url, data, **headers):
    """A post as a browser makes it from a cached page: CSRF checks enforced, no cookie, its own Origin."""
    return Client(enforce_csrf_checks=True).post(url, data, HTTP_ORIGIN=OWN_SITE, **headers)


def comment_url(news_index, page):
    return f"{news_index.url}comments/{page.pk}/"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.WAGTAIL_CACHE = True


@pytest.fixture
def network_news(news_index):
    return NewsPageFactory(parent=news_index, title="Assembly news")


@pytest.fixture
def member_news(member_a, news_index):
    return NewsPageFactory(parent=member_a.organisation, title="Amani news")


@pytest.fixture
def trusting(settings):
    settings.HUB_NEWS_TRUST_RETURNING_COMMENTERS = True


def approved(page, name, text="Earlier words.", email="", **extra):
    return Comment.objects.create(
        page=page,
        organisation=getattr(page, "organisation", None),
        name=name,
        email=email,
        text=text,
        language="en",
        status=Comment.Status.APPROVED,
        **extra,
    )


def test_a_first_comment_is_held_and_not_shown(news_index, network_news):
    html = served_from_cache(network_news.url)
    assert 'id="comments"' in html and f'action="{comment_url(news_index, network_news)}"' in html
    response = browser_post(comment_url(news_index, network_news), comment_data())
    assert response.status_code == 302 and response["Location"].endswith(f"comments/{network_news.pk}/sent/")
    assert "A moderator will read it soon" in anonymous_get(response["Location"]).text
    comment = Comment.objects.get()
    assert comment.email == "amina@example.org" and comment.status == Comment.Status.HELD
    assert comment.held_because == Comment.HeldBecause.EVERY_COMMENT  # the network trusts nobody by default
    assert "Thank you for this." not in anonymous_get(network_news.url).text


def test_every_comment_is_held_unless_the_network_trusts_returning_commenters(news_index, network_news, settings):
    approved(network_news, "Amina", email="amina@example.org")
    browser_post(comment_url(news_index, network_news), comment_data(text="Again."))
    assert Comment.objects.get(text="Again.").held_because == Comment.HeldBecause.EVERY_COMMENT
    settings.HUB_NEWS_TRUST_RETURNING_COMMENTERS = True
    browser_post(comment_url(news_index, network_news), comment_data(text="Once more."))
    assert Comment.objects.get(text="Once more.").status == Comment.Status.APPROVED


def test_a_trusted_commenter_goes_straight_onto_the_cached_page(
    news_index, network_news, trusting, django_capture_on_commit_callbacks
):
    approved(network_news, "Amina", email="amina@example.org")
    served_from_cache(network_news.url)
    with django_capture_on_commit_callbacks(execute=True):
        response = browser_post(comment_url(news_index, network_news), comment_data(text="Straight through."))
    comment = Comment.objects.get(text="Straight through.")
    assert comment.status == Comment.Status.APPROVED
    assert response["Location"] == f"{network_news.url}#comment-{comment.pk}"
    assert "Straight through." in served_from_cache(network_news.url)


def test_a_stranger_with_the_same_name_is_not_trusted(news_index, network_news, trusting):
    approved(network_news, "Amina", email="amina@example.org")
    browser_post(comment_url(news_index, network_news), comment_data(email="other@example.org", text="Who am I?"))
    assert Comment.objects.get(text="Who am I?").held_because == Comment.HeldBecause.FIRST_TIME
    browser_post(comment_url(news_index, network_news), comment_data(email="", text="No address."))
    assert Comment.objects.get(text="No address.").held_because == Comment.HeldBecause.FIRST_TIME


@pytest.mark.parametrize("text", ["See https://spam.example", "Visit www.cheap.biz now", "go to pills.com"])
def test_links_are_held_even_from_trusted_commenters(news_index, network_news, trusting, text):
    approved(network_news, "Amina", email="amina@example.org")
    browser_post(comment_url(news_index, network_news), comment_data(text=text))
    assert Comment.objects.get(text=text).held_because == Comment.HeldBecause.LINK


def test_a_bad_comment_keeps_what_was_typed_and_says_why(news_index, network_news):
    response = browser_post(comment_url(news_index, network_news), comment_data(text="", name="Hodan"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "This field is required." in html and 'value="Hodan"' in html
    assert not Comment.objects.exists()


def test_the_honeypot_refuses_bots_plainly(news_index, network_news):
    response = browser_post(comment_url(news_index, network_news), comment_data(website="http://bot.example"))
    assert response.status_code == 400 and "leave the last field empty" in response.content.decode()
    assert not Comment.objects.exists()


def test_a_post_from_another_site_is_refused(news_index, network_news):
    response = Client(enforce_csrf_checks=True).post(
        comment_url(news_index, network_news), comment_data(), HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_comments_are_rate_limited(news_index, network_news, settings):
    settings.HUB_NEWS_COMMENTS_PER_HOUR = 2
    for number in range(2):
        assert browser_post(comment_url(news_index, network_news), comment_data(text=f"n{number}")).status_code == 302
    response = browser_post(comment_url(news_index, network_news), comment_data(text="third"))
    assert response.status_code == 429 and "Too many comments" in response.content.decode()
    assert Comment.objects.count() == 2


def test_a_closed_page_takes_no_comment(news_index, network_news):
    approved(network_news, "Amina", text="Before closing.")
    ClosedToComments.objects.create(page=network_news)
    html = anonymous_get(network_news.url).text
    assert "Comments on this page are closed." in html and "Before closing." in html
    assert 'name="text"' not in html
    assert browser_post(comment_url(news_index, network_news), comment_data()).status_code == 400
    assert Comment.objects.count() == 1


def test_pages_that_take_no_comments_refuse_them(news_index, home, client):
    response = browser_post(comment_url(news_index, home), comment_data())
    assert response.status_code == 404
    assert 'id="comments"' not in client.get(home.url).content.decode()


def test_resources_take_comments_as_news_conf_says_and_stop_when_switched_off(news_index, library, settings):
    settings.WAGTAIL_CACHE = False  # settings change here, not pages: nothing would purge the cached page
    resource = ResourcePageFactory(parent=library, title="Housing guide")
    assert 'id="comments"' in anonymous_get(resource.url).text
    assert browser_post(comment_url(news_index, resource), comment_data()).status_code == 302
    settings.HUB_NEWS_COMMENTABLE_PAGE_TYPES = "news.NewsPage"
    assert 'id="comments"' not in anonymous_get(resource.url).text
    assert browser_post(comment_url(news_index, resource), comment_data()).status_code == 404
    settings.HUB_NEWS_COMMENTABLE_PAGE_TYPES = "news.NewsPage,resources.ResourcePage"
    settings.HUB_DISABLED_PLUGINS = ["news"]
    assert 'id="comments"' not in anonymous_get(resource.url).text


def test_comments_show_with_their_language_replies_one_level_and_pages(news_index, network_news):
    first = approved(network_news, "Amina", text="First words.")
    Comment.objects.filter(pk=first.pk).update(language="ar")
    approved(network_news, "Network team", text="Our answer.", parent=first)
    for number in range(21):
        approved(network_news, f"Reader {number}", text=f"Comment {number}.")
    html = anonymous_get(network_news.url).text
    assert f'id="comment-{first.pk}" lang="ar" dir="rtl"' in html
    assert html.index("First words.") < html.index("Our answer.") < html.index("Comment 0.")
    assert "Comment 19." not in html and "?comments=2#comments" in html
    assert "Comment 19." in anonymous_get(network_news.url + "?comments=2").text
    # A reply to a reply joins the thread of the comment it answers.
    reply = Comment.objects.get(text="Our answer.")
    browser_post(comment_url(news_index, network_news), comment_data(parent=reply.pk, text="And me."))
    assert Comment.objects.get(text="And me.").parent == first


def test_a_reader_reports_a_comment_back_to_the_queue(news_index, network_news, django_capture_on_commit_callbacks):
    comment = approved(network_news, "Troll", text="Nasty words.")
    assert "Nasty words." in served_from_cache(network_news.url)
    with django_capture_on_commit_callbacks(execute=True):
        response = browser_post(f"{news_index.url}comments/report/{comment.pk}/", {})
    assert response.status_code == 200 and "hidden until a moderator" in response.content.decode()
    comment.refresh_from_db()
    assert (comment.status, comment.held_because, comment.reports) == ("held", "reported", 1)
    assert "Nasty words." not in served_from_cache(network_news.url)


def test_the_page_with_comments_stays_bounded_in_queries(
    client, news_index, network_news, django_assert_max_num_queries
):
    for number in range(30):
        parent = approved(network_news, f"Reader {number}", text=f"Comment {number}.")
        approved(network_news, "Team", text="Reply.", parent=parent)
    client.get(network_news.url)
    with django_assert_max_num_queries(35):
        assert client.get(network_news.url).status_code == 200


# --- Moderation ---------------------------------------------------------------------------------------


def queue_html(client, status="held"):
    response = client.get(reverse("news_comments"), {"status": status})
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def held_comments(network_news, member_news, member_b, news_index):
    b_news = NewsPageFactory(parent=member_b.organisation, title="Baile news")
    return {
        page.title: Comment.objects.create(
            page=page,
            organisation=getattr(page, "organisation", None),
            name="Reader",
            text=f"On {page.title}.",
            language="en",
            held_because=Comment.HeldBecause.FIRST_TIME,
        )
        for page in (network_news, member_news, b_news)
    }


def test_network_editors_see_every_waiting_comment(client_for, network_editor, held_comments):
    Comment.objects.filter(pk=held_comments["Amani news"].pk).update(email="reader@example.org")
    html = queue_html(client_for(network_editor))
    assert all(f"On {title}." in html for title in held_comments)
    assert "reader@example.org" not in html and "left an email address" in html


def test_member_editors_see_only_comments_on_their_own_pages(client_for, member_a, held_comments):
    html = queue_html(client_for(member_a.editor))
    assert "On Amani news." in html
    assert "On Assembly news." not in html and "On Baile news." not in html


def test_dashboard_counts_waiting_comments_per_moderator(client_for, network_editor, member_a, held_comments):
    assert "3 comments wait for moderation" in client_for(network_editor).get(reverse("wagtailadmin_home")).text
    assert "1 comment waits for moderation" in client_for(member_a.editor).get(reverse("wagtailadmin_home")).text


def test_approving_shows_the_comment_on_the_cached_page(
    client_for, member_a, held_comments, member_news, django_capture_on_commit_callbacks
):
    comment = held_comments["Amani news"]
    assert "On Amani news." not in served_from_cache(member_news.url)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(member_a.editor).post(reverse("news_comment_approve", args=[comment.pk]))
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED and comment.decided_by == member_a.editor
    assert "On Amani news." in served_from_cache(member_news.url)


def test_rejecting_keeps_it_off_the_page(client_for, network_editor, held_comments, member_news):
    comment = held_comments["Amani news"]
    client_for(network_editor).post(reverse("news_comment_reject", args=[comment.pk]))
    comment.refresh_from_db()
    assert comment.status == Comment.Status.REJECTED
    assert "On Amani news." not in anonymous_get(member_news.url).text


def test_replying_as_the_organisation_approves_and_answers(client_for, member_a, held_comments, member_news):
    comment = held_comments["Amani news"]
    client_for(member_a.editor).post(reverse("news_comment_reply", args=[comment.pk]), {"text": "Thank you!"})
    answer = Comment.objects.get(parent=comment)
    assert answer.name == "Amani Women's Group" and answer.status == Comment.Status.APPROVED
    html = anonymous_get(member_news.url).text
    assert html.index("On Amani news.") < html.index("Thank you!")
    assert "the organisation replies" in html


def test_closing_a_page_to_comments(client_for, member_a, member_news, held_comments):
    client = client_for(member_a.editor)
    client.post(reverse("news_comments_close", args=[member_news.pk]), {"closed": "1"})
    assert ClosedToComments.objects.filter(page=member_news).exists()
    assert "Comments on this page are closed." in anonymous_get(member_news.url).text
    client.post(reverse("news_comments_close", args=[member_news.pk]), {"closed": "0"})
    assert not ClosedToComments.objects.exists()


@pytest.mark.parametrize("action", ["news_comment_approve", "news_comment_reject", "news_comment_reply"])
def test_a_member_editor_cannot_moderate_another_members_or_the_networks_comments(
    client_for, member_a, held_comments, action
):
    client = client_for(member_a.editor)
    for title in ("Baile news", "Assembly news"):
        comment = held_comments[title]
        response = client.post(reverse(action, args=[comment.pk]), {"text": "Hijacked"})
        assert refused_or_sent_to_log_in(response)
        comment.refresh_from_db()
        assert comment.status == Comment.Status.HELD
    assert not Comment.objects.filter(text="Hijacked").exists()


def test_a_member_editor_cannot_close_another_members_page(client_for, member_a, member_b, held_comments, network_news):
    client = client_for(member_a.editor)
    b_news = held_comments["Baile news"].page
    assert refused_or_sent_to_log_in(client.post(reverse("news_comments_close", args=[b_news.pk]), {"closed": "1"}))
    response = client.post(reverse("news_comments_close", args=[network_news.pk]), {"closed": "1"})
    assert refused_or_sent_to_log_in(response)
    assert not ClosedToComments.objects.exists()


def test_those_who_are_no_moderators_get_nothing(client, client_for, held_comments):
    comment = held_comments["Amani news"]
    translator = person(
        "translator", *Group.objects.filter(name__startswith="Translators").values_list("name", flat=True)[:1]
    )
    for user_client in (client, client_for(translator)):
        assert refused_or_sent_to_log_in(user_client.get(reverse("news_comments")))
        assert refused_or_sent_to_log_in(user_client.post(reverse("news_comment_approve", args=[comment.pk])))
        response = user_client.post(reverse("news_comments_close", args=[comment.page_id]), {"closed": "1"})
        assert refused_or_sent_to_log_in(response)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HELD and not ClosedToComments.objects.exists()


def test_moderation_requires_post(client_for, network_editor, held_comments):
    comment = held_comments["Amani news"]
    assert client_for(network_editor).get(reverse("news_comment_approve", args=[comment.pk])).status_code == 405


# --- Personal data ------------------------------------------------------------------------------------


def test_commenters_emails_are_exported_erased_and_forgotten_in_time(network_news, settings):
    approved(network_news, "Amina", email="amina@example.org", text="Mine.")
    old = approved(network_news, "Yonas", email="yonas@example.org", text="Long ago.")
    Comment.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=400))
    rejected = approved(network_news, "Spam", email="spam@example.org", text="Buy.")
    Comment.objects.filter(pk=rejected.pk).update(
        status=Comment.Status.REJECTED, created_at=timezone.now() - datetime.timedelta(days=400)
    )
    exported = export_personal_data("amina@example.org")
    assert any(record.get("comment") == "Mine." for records in exported.values() for record in records)
    erase_personal_data("amina@example.org")
    assert not Comment.objects.filter(email="amina@example.org").exists()
    purge_expired_personal_data()
    old.refresh_from_db()
    assert old.email == "" and old.text == "Long ago."
    assert not Comment.objects.filter(pk=rejected.pk).exists()


def test_campaigns_take_comments_on_the_campaign_not_on_its_other_routes(news_index, home):
    campaign = CampaignPageFactory(parent=home, title="Lift the ban")
    assert 'id="comments"' in anonymous_get(campaign.url).text
    assert 'id="comments"' not in anonymous_get(campaign.url + "pledged/").text
    assert browser_post(comment_url(news_index, campaign), comment_data()).status_code == 302
    assert Comment.objects.get().page_id == campaign.pk
