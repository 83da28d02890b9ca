"""Public views of the join page's routes: sending an application."""

from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from membership.forms import ApplicationForm
from membership.joining import rate_limited, save_application, tell_applicant, tell_network_editors


def render_with_form(request, page, form, status):
    response = page.render(request, context_overrides={"form": form})
    response.status_code = status
    return response


def apply(request, page):
    if request.method != "POST":
        return redirect(page.url)
    form = ApplicationForm(request.POST, locale=page.locale)
    if form.is_bot():
        # Said plainly, in case a person's browser filled the hidden field in for them.
        form.add_error(None, _("Your application could not be sent. Please leave the last field empty and try again."))
        return render_with_form(request, page, form, 400)
    if not form.is_valid():
        return render_with_form(request, page, form, 400)
    # Counted after validation: an applicant correcting a typo is not held back by their own mistakes.
    if rate_limited(request):
        form.add_error(None, _("Too many applications have come from your connection. Please try again in an hour."))
        return render_with_form(request, page, form, 429)
    application = save_application(form, get_language() or page.locale.language_code)
    tell_applicant(application)
    tell_network_editors(application)
    return redirect(page.url + page.reverse_subpage("applied"))
