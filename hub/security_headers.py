"""The Content-Security-Policy: strict on public pages, loosened for the admin only where Wagtail needs it.

Public pages load only the hub's own scripts, styles, images and media; no inline script or style and no
third-party source, so the browser itself keeps the privacy promise (no third-party requests) even if a
template or a piece of content slipped. Public pages are cached and shared by every visitor (wagtail-cache,
the caching proxy), so the policy never carries a per-request nonce: scripts are files under /static/.
The admin's policy (HUB_ADMIN_CONTENT_SECURITY_POLICY) replaces some directives: Wagtail's editor sets
inline styles and previews uploads from blob: addresses.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(reverse("wagtailadmin_home")):
            parts.replace = {**settings.HUB_ADMIN_CONTENT_SECURITY_POLICY, **(parts.replace or {})}
        return parts
