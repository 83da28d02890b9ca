"""The newsletter page's public routes: subscribing (from any page's footer or this page, cached or not),
confirming, managing and leaving by the signed links of the emails."""

import json

from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from newsletter import bounces as bounce_reports
from newsletter import conf, subscribing
from newsletter.forms import PreferencesForm, SubscribeForm
from newsletter.models import Issue

ISSUES_PER_PAGE = 20


def render(request, page, template, status=200, **context):
    response = page.render(request, template=f"newsletter/{template}.html", context_overrides=context)
    response.status_code = status
    return response


def subscribe_action(page):
    return page.url + page.reverse_subpage("subscribe")


def front(request, page):
    form = SubscribeForm(language=page.locale.language_code)
    return render(request, page, "newsletter_page", form=form, action=subscribe_action(page))


def subscribe(request, page):
    if request.method != "POST":
        return redirect(page.url)
    form = SubscribeForm(request.POST, language=page.locale.language_code)
    if form.is_bot():
        # Said plainly, in case a person's browser filled the hidden field in for them.
        form.add_error(None, _("Your request could not be sent. Please leave the last field empty and try again."))
        return render(request, page, "newsletter_page", 400, form=form, action=subscribe_action(page))
    if not form.is_valid():
        return render(request, page, "newsletter_page", 400, form=form, action=subscribe_action(page))
    if subscribing.rate_limited(request):
        form.add_error(None, _("Too many requests have come from your connection. Please try again in an hour."))
        return render(request, page, "newsletter_page", 429, form=form, action=subscribe_action(page))
    subscribing.request_subscription(form.cleaned_data)
    return redirect(page.url + page.reverse_subpage("sent"))


def sent(request, page):
    return render(request, page, "sent")


def bad_link(request, page):
    return render(request, page, "bad_link", 404)


def confirm(request, page, token):
    """A GET shows a button (mail scanners follow links, people press buttons); its POST confirms."""
    subscription = subscribing.subscription_for(token, "confirm")
    if subscription is None:
        return bad_link(request, page)
    if request.method == "POST":
        subscribing.confirm(subscription)
        token = subscribing.make_token(subscription, "manage")
        return redirect(page.url + page.reverse_subpage("manage", args=[token]) + "?confirmed=1")
    return render(request, page, "confirm", subscription=subscription)


def manage(request, page, token):
    subscription = subscribing.subscription_for(token, "manage")
    if subscription is None:
        return bad_link(request, page)
    saved = False
    if request.method == "POST":
        form = PreferencesForm(request.POST)
        if form.is_valid():
            subscription.language = form.cleaned_data["language"]
            subscription.alerts = form.cleaned_data["alerts"]
            subscription.save(update_fields=["language", "alerts"])
            subscription.themes.set(form.cleaned_data["themes"])
            subscription.regions.set(form.cleaned_data["regions"])
            saved = True
    else:
        form = PreferencesForm(
            initial={
                "language": subscription.language,
                "alerts": subscription.alerts,
                "themes": list(subscription.themes.all()),
                "regions": list(subscription.regions.all()),
            }
        )
    return render(
        request,
        page,
        "manage",
        400 if form.errors else 200,
        subscription=subscription,
        form=form,
        saved=saved,
        confirmed=request.GET.get("confirmed") == "1",
        unsubscribe_url=page.url
        + page.reverse_subpage("unsubscribe", args=[subscribing.make_token(subscription, "unsubscribe")]),
    )


def unsubscribe(request, page, token):
    """RFC 8058: a POST (from the mail program's button, or ours) unsubscribes at once; a GET asks first."""
    subscription = subscribing.subscription_for(token, "unsubscribe")
    if subscription is None:
        return bad_link(request, page)
    if request.method == "POST":
        subscribing.unsubscribe(subscription)
        return render(request, page, "unsubscribed", subscription=subscription)
    return render(request, page, "unsubscribe", subscription=subscription)


def sent_issues(page):
    return Issue.objects.filter(status=Issue.Status.SENT, language=page.locale.language_code).order_by("-sent_at")


def archive(request, page):
    """The issues sent in the page's language, newest first."""
    issues = Paginator(sent_issues(page), ISSUES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, page, "archive", issues=issues)


def issue(request, page, issue_id):
    """A sent issue's web view: what its email said, without anyone's links."""
    shown = get_object_or_404(sent_issues(page), pk=issue_id)
    return render(request, page, "issue", issue=shown, items=list(shown.items.all()))


def bounces(request):
    """A mail provider's webhook reporting hard bounces (newsletter.bounces): their addresses are unsubscribed."""
    if not conf.bounce_webhook_secret():
        raise Http404
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not bounce_reports.authorised(request.headers.get("Authorization")):
        response = JsonResponse({"error": "The webhook's secret is missing or wrong."}, status=401)
        response["WWW-Authenticate"] = 'Basic realm="newsletter bounces"'
        return response
    try:
        report = json.loads(request.body)
    except ValueError:  # json.JSONDecodeError, UnicodeDecodeError
        return JsonResponse({"error": "The body is not JSON."}, status=400)
    try:
        addresses = bounce_reports.bounced_addresses(report)
    except bounce_reports.BadReport as error:
        return JsonResponse({"error": str(error)}, status=400)
    return JsonResponse({"unsubscribed": bounce_reports.unsubscribe_bounced(addresses)})
