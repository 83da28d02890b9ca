"""The network's contact details in templates (hub.contact_details)."""

from django import template

from hub import contact_details as details

register = template.Library()


@register.simple_tag(takes_context=True)
def contact_details(context):
    return details.contact_details(context.get("request"))
