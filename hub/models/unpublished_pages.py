from django.db import models


class UnpublishedNewPage(models.Model):
    """A page made in the admin and not yet published: it stays in its own language's tree until it is, then it
    is aliased into every language's (hub.published_aliases)."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+")
