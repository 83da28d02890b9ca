"""The site settings every public page shows, in templates (hub.public_settings)."""

from django import template

from hub import public_settings as settings_shown

register = template.Library()


@register.simple_tag(takes_context=True)
def public_settings(context):
    return settings_shown.public_settings(context.get("request"))
