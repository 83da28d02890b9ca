"""Two-factor authentication for the admin: who must use it, and the gate that asks for the second factor.

django-otp keeps the devices: an authenticator app (TOTP) and a set of single-use recovery codes. Anyone may
turn it on from their account; administrators and network editors must (HUB_REQUIRE_2FA), since their
accounts can publish anywhere, change people's rights and read the network's personal data. Whoever has a
device is asked for a code after their password before any admin page, whether they had to set one up or not.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode
from django_otp.plugins.otp_totp.models import TOTPDevice

from hub.roles import ADMINISTRATORS, NETWORK_EDITORS

# Pages a signed-in person reaches before the second factor: signing in and out, the two-factor pages
# themselves, and what every admin page loads.
REACHABLE_BEFORE_SECOND_FACTOR = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "hub_two_factor_verify",
    "hub_two_factor_setup",
}


def must_use_two_factor(user):
    if not settings.HUB_REQUIRE_2FA:
        return False
    return user.is_superuser or user.groups.filter(name__in=[NETWORK_EDITORS, ADMINISTRATORS]).exists()


def has_authenticator(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


class TwoFactorRequiredMiddleware:
    """Sends a signed-in person without their second factor to the code prompt, or to set one up if their role
    requires it. After django_otp's OTPMiddleware, which tells whether the session passed the second factor."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.second_factor_step(request) or self.get_response(request)

    def second_factor_step(self, request):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        try:
            if resolve(request.path_info).url_name in REACHABLE_BEFORE_SECOND_FACTOR:
                return None
        except Resolver404:
            pass
        query = "?" + urlencode({"next": request.get_full_path()})
        if has_authenticator(user):
            return redirect(reverse("hub_two_factor_verify") + query)
        if must_use_two_factor(user):
            return redirect(reverse("hub_two_factor_setup") + query)
        return None
