from django.db import models
from django.utils.translation import gettext_lazy as _

from hub.site_names import network_name
from hub.text_languages import TextInLanguage, text_language


class InMemberSpaceMixin(models.Model):
    """For page types members publish: which organisation's space the page lives in, kept from the tree.

    Listings, facets and "published by" filter on it without walking ancestors per page. Empty for the
    network's own pages.
    """

    organisation = models.ForeignKey(
        "hub.MemberOrganisationPage",
        verbose_name=_("member organisation"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    @property
    def publisher_name(self):
        """Who publishes the page: the member whose space it lives in, else the network; in its own language."""
        if not self.organisation_id:
            return network_name()
        return TextInLanguage(self.organisation.title, text_language(self.organisation))

    def save(self, *args, **kwargs):
        self.place_in_member_space()
        super().save(*args, **kwargs)

    def place_in_member_space(self):
        """The organisation whose space the page is in, from its place in the tree (known before its first save)."""
        if self.path:
            from hub.models.members import MemberOrganisationPage

            self.organisation = MemberOrganisationPage.objects.ancestor_of(self).first()
