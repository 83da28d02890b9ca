"""Serving files from private storage: with byte ranges (players seek), never into a shared cache.

The public hears a recording only through the view of the page that uses it, which checks consent
first; editors preview one in the admin through `preview`, which checks that
they may see that item (the private storage's URLs point there, see settings.PRIVATE_MEDIA_URL).
"""

import mimetypes
import os
import re

from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse
from wagtailmedia import get_media_model, get_permission_policy

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def serve_private_file(file, request):
    """A stored file, whole or the byte range asked for; 404 when it is missing."""
    try:
        size = file.size
    except OSError:
        raise Http404 from None
    content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    start, end = 0, size - 1
    match = RANGE.match(request.headers.get("Range", ""))
    partial = False
    if match and (match[1] or match[2]):
        if match[1]:
            start = int(match[1])
            end = min(int(match[2]), size - 1) if match[2] else size - 1
        else:
            start = max(size - int(match[2]), 0)
        if start > end or start >= size:
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{size}"
            return response
        partial = True
    handle = file.open("rb")
    handle.seek(start)
    response = FileResponse(
        RangeReader(handle, end - start + 1), content_type=content_type, status=206 if partial else 200
    )
    response["Content-Length"] = str(end - start + 1)
    response["Accept-Ranges"] = "bytes"
    if partial:
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Content-Disposition"] = f'inline; filename="{os.path.basename(file.name)}"'
    # Never in a shared cache: a withdrawal must take it down at once.
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


class RangeReader:
    """Reads at most `remaining` bytes of an open file, for FileResponse's chunks."""

    def __init__(self, handle, remaining):
        self.handle = handle
        self.remaining = remaining

    def read(self, size=-1):
        if self.remaining <= 0:
            return b""
        size = self.remaining if size is None or size < 0 else min(size, self.remaining)
        data = self.handle.read(size)
        self.remaining -= len(data)
        return data

    def close(self):
        self.handle.close()


def preview(request, name):
    """The admin's preview of a recording or its thumbnail, for editors who may change or delete it (whom
    wagtailmedia's chooser offers it to); 404 for anyone else, as if it did not exist."""
    media = get_media_model().objects.filter(Q(file=name) | Q(thumbnail=name)).first()
    if media is None or not get_permission_policy().user_has_any_permission_for_instance(
        request.user, ["change", "delete"], media
    ):
        raise Http404
    return serve_private_file(media.file if media.file.name == name else media.thumbnail, request)
