"""An issue's preview modes in the admin (Issue.preview_modes): its web view as the archive will show it, and its
email as subscribers will get it, HTML and plain text, in the issue's language and that language's direction.
The email's personal links point nowhere: a preview is nobody's."""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

from newsletter.subscribing import page_in

PREVIEW_LINKS = {"manage": "#manage", "unsubscribe": "#unsubscribe", "confirm": "#confirm"}


def serve_preview(request, issue, mode_name):
    items = list(issue.items.all())
    with translation.override(issue.language):
        page = page_in(issue.language)
        if mode_name == "" and page is not None:
            # A workflow's preview names the issue's revision; the page's user bar would take it for a page's.
            request.revision_id = None
            return page.render(
                request, template="newsletter/issue.html", context_overrides={"issue": issue, "items": items}
            )
        context = {
            "issue": issue,
            "items": items,
            "links": PREVIEW_LINKS,
            "language": issue.language,
            "bidi": translation.get_language_bidi(),
        }
        if mode_name == "text":
            text = render_to_string("newsletter/email/issue.txt", context)
            return HttpResponse(text, content_type="text/plain; charset=utf-8")
        return HttpResponse(render_to_string("newsletter/email/issue.html", context))
