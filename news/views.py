"""The news index's public routes: the Atom feed of news in one language, narrowed by the index's own filters
(theme, region, …), and the comments posted on pages that take them."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext
from django.utils.translation import gettext as _
from wagtail.models import Page

from hub.feeds import ListingFeed
from hub.visibility import public
from news.commenting import is_closed, rate_limited, report, save_comment, takes_comments
from news.forms import CommentForm
from news.models import Comment


class NewsFeed(ListingFeed):
    def title(self, index):
        return gettext("News: %(index)s") % {"index": index.title}

    def item_author_name(self, item):
        return item.authors or item.publisher_name

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


# --- Comments, posted to the news index of the commented page's language (news.models.NewsIndexPage) ------------


def commented_page(index, page_id):
    """The live, public page of that id in the index's language that takes comments, or 404."""
    page = get_object_or_404(public(Page.objects.live()).filter(locale_id=index.locale_id), pk=page_id).specific
    if not takes_comments(page):
        raise Http404
    return page


def render_comment_form(request, index, page, form, status):
    response = index.render(
        request,
        template="news/comment_form_page.html",
        context_overrides={"commented": page, "comment_form": form},
        listing=False,
    )
    response.status_code = status
    return response


def post_comment(request, index, page_id):
    page = commented_page(index, page_id)
    if request.method != "POST":
        return redirect(page.url + "#comments")
    form = CommentForm(request.POST, language=page.locale.language_code)
    if is_closed(page):
        form.add_error(None, _("Comments on this page are closed."))
        return render_comment_form(request, index, page, form, 400)
    if form.is_bot():
        # Said plainly, in case a person's browser filled the hidden field in for them.
        form.add_error(None, _("Your comment could not be sent. Please leave the last field empty and try again."))
        return render_comment_form(request, index, page, form, 400)
    if not form.is_valid():
        return render_comment_form(request, index, page, form, 400)
    if rate_limited(request):
        form.add_error(None, _("Too many comments have come from your connection. Please try again in an hour."))
        return render_comment_form(request, index, page, form, 429)
    comment = save_comment(page, form.cleaned_data)
    if comment.status == Comment.Status.APPROVED:
        return redirect(f"{page.url}#comment-{comment.pk}")
    return redirect(index.url + index.reverse_subpage("comment_sent", args=[page.pk]))


def comment_sent(request, index, page_id):
    page = commented_page(index, page_id)
    return index.render(
        request, template="news/comment_sent.html", context_overrides={"commented": page}, listing=False
    )


def report_comment(request, index, comment_id):
    comment = get_object_or_404(
        Comment.objects.filter(status=Comment.Status.APPROVED, page__locale_id=index.locale_id), pk=comment_id
    )
    page = commented_page(index, comment.page_id)
    if request.method != "POST":
        return redirect(page.url + "#comments")
    if rate_limited(request):
        response = index.render(
            request,
            template="news/comment_reported.html",
            context_overrides={"commented": page, "refused": True},
            listing=False,
        )
        response.status_code = 429
        return response
    report(comment)
    return index.render(
        request, template="news/comment_reported.html", context_overrides={"commented": page}, listing=False
    )
