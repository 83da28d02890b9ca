"""The admin's two-factor pages: the code prompt after the password, setting up an authenticator app (its QR
code drawn here, as SVG: no third party sees the secret), recovery codes shown once, and turning it off."""

from base64 import b32encode

import qrcode
import qrcode.image.svg
from django import forms
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin import messages

from hub.two_factor import has_authenticator, must_use_two_factor

RECOVERY_CODE_COUNT = 10


class CodeForm(forms.Form):
    """A code from the authenticator app; at the prompt, a recovery code too (told apart by its length)."""

    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}),
    )

    def __init__(self, *args, devices, **kwargs):
        super().__init__(*args, **kwargs)
        self.devices = devices
        self.device = None

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split()).lower()
        device = next((device for device in self.devices if takes_codes_like(device, code)), None)
        if device is None:
            raise forms.ValidationError(_("That code is not right. Check it and try again."))
        allowed, _details = device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(_("Too many wrong codes. Please wait a minute, then try again."))
        if not device.verify_token(code):
            raise forms.ValidationError(_("That code is not right. Check it and try again."))
        self.device = device
        return code


def takes_codes_like(device, code):
    """Only the device the code is meant for is tried, so that a typo does not slow down the others."""
    is_app_code = code.isdigit() and len(code) == getattr(device, "digits", None)
    return is_app_code == isinstance(device, TOTPDevice)


def safe_next(request, default="wagtailadmin_home"):
    target = request.POST.get("next") or request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return redirect(default).url


def confirmed_devices(user):
    return [
        *TOTPDevice.objects.devices_for_user(user, confirmed=True),
        *StaticDevice.objects.devices_for_user(user, confirmed=True),
    ]


@never_cache
@sensitive_post_parameters("code")
def verify(request):
    if request.user.is_verified() or not has_authenticator(request.user):
        return redirect(safe_next(request))
    form = CodeForm(request.POST or None, devices=confirmed_devices(request.user))
    if request.method == "POST" and form.is_valid():
        otp_login(request, form.device)
        if isinstance(form.device, StaticDevice):
            messages.warning(
                request,
                _("You used a recovery code; %(count)s left. Make new ones from your account if you run low.")
                % {"count": form.device.token_set.count()},
            )
        return redirect(safe_next(request))
    return TemplateResponse(request, "hub/login/two_factor_verify.html", {"form": form, "next": safe_next(request)})


def new_recovery_codes(user):
    """Replaces the user's recovery codes; the new ones are shown once and kept only as the device's tokens."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=_("Recovery codes"))
    codes = [StaticToken.random_token() for _i in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def qr_code_svg(text):
    return mark_safe(qrcode.make(text, image_factory=qrcode.image.svg.SvgPathFillImage).to_string(encoding="unicode"))


@never_cache
@sensitive_post_parameters("code")
def setup(request):
    """Adds an authenticator app, or replaces the one in use (which then stops working)."""
    user = request.user
    if not user.is_verified() and has_authenticator(user):
        return redirect("hub_two_factor_verify")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    form = CodeForm(request.POST or None, devices=[device])
    if request.method == "POST" and form.is_valid():
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        return recovery_codes_page(request, new_recovery_codes(user), next_url=safe_next(request))
    context = {
        "form": form,
        "qr_code": qr_code_svg(device.config_url),
        "secret": b32encode(device.bin_key).decode(),
        "required": must_use_two_factor(user),
        "next": safe_next(request),
    }
    return TemplateResponse(request, "hub/login/two_factor_setup.html", context)


def recovery_codes_page(request, codes, next_url):
    return TemplateResponse(request, "hub/login/recovery_codes.html", {"codes": codes, "next": next_url})


@never_cache
def manage(request):
    """The account's two-factor page: whether it is on, new recovery codes, turning it off where allowed."""
    user = request.user
    required = must_use_two_factor(user)
    if request.method == "POST":
        if request.POST.get("action") == "recovery-codes" and has_authenticator(user):
            return recovery_codes_page(request, new_recovery_codes(user), next_url=redirect("hub_two_factor").url)
        if request.POST.get("action") == "turn-off" and not required:
            TOTPDevice.objects.filter(user=user).delete()
            StaticDevice.objects.filter(user=user).delete()
            messages.success(request, _("Two-factor authentication is off for your account."))
        return redirect("hub_two_factor")
    recovery = StaticDevice.objects.filter(user=user).first()
    context = {
        "enabled": has_authenticator(user),
        "required": required,
        "recovery_codes_left": recovery.token_set.count() if recovery else 0,
    }
    return TemplateResponse(request, "hub/login/two_factor.html", context)
