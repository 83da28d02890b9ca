"""Control characters are taken out of query strings before any view reads them.

A NUL byte in a search made PostgreSQL and SQLite fail the request (a 500), and no visitor means to type
one: every public view gets the query as if those characters had not been sent. Tabs and line breaks become
spaces, the rest (C0 controls and DEL) go.
"""

import re

from django.http import QueryDict

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
WHITESPACE_CONTROLS = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def without_control_characters(value):
    return CONTROL_CHARACTERS.sub("", value.translate(WHITESPACE_CONTROLS))


class CleanQueryStringMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any(CONTROL_CHARACTERS.search(key + "".join(values)) for key, values in request.GET.lists()):
            cleaned = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                cleaned.setlist(without_control_characters(key), [without_control_characters(v) for v in values])
            cleaned._mutable = False
            request.GET = cleaned
            # Links built from the full path (pagination, language switcher, the page cache's key) agree.
            request.META["QUERY_STRING"] = cleaned.urlencode()
        return self.get_response(request)
