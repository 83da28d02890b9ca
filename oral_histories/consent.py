"""The consent rules of an interview: one consent record shared by every language, and no publication
without it.

The consent record lives on the interview in the language it was first written in; every other
language's version (translation or alias) carries a copy that `save()` keeps identical, so whichever
version a visitor opens, the same consent applies. A withdrawal, once saved on any version, is never
undone. The record's completeness is what the editorial workflow's consent check shows and what
`PublishesOnlyWithConsent` (hub.consent) refuses to publish without.
"""

from django.utils.translation import gettext

from hub.consent import PublishesOnlyWithConsent
from hub.models.workflow_tasks import ConsentRecord
from oral_histories.setup import consent_collection


class InterviewConsent(PublishesOnlyWithConsent):
    """For InterviewPage: its CONSENT_FIELDS are the record, copied across its language versions."""

    def consent_original(self):
        """The language version holding the consent record, when it is not this one: the first written."""
        versions = type(self).objects.filter(translation_key=self.translation_key)
        if self.pk:
            versions = versions.exclude(pk=self.pk)
        original = versions.order_by("pk").first()
        if original is None or (self.pk is not None and self.pk < original.pk):
            return None
        return original

    def save(self, *args, **kwargs):
        original = self.consent_original()
        if original is not None:
            # Another language's version: the first written holds the consent record.
            for name in self.CONSENT_FIELDS:
                setattr(self, name, getattr(original, name))
        else:
            self.keep_consent_form_private()
        # A withdrawal is never undone, by publishing an older revision or a translation.
        withdrawn = self.withdrawn_version()
        if withdrawn is not None:
            self.consent_withdrawn = True
            self.consent_withdrawn_at = self.consent_withdrawn_at or withdrawn.consent_withdrawn_at
        super().save(*args, **kwargs)
        if original is None:
            type(self).objects.filter(translation_key=self.translation_key).exclude(pk=self.pk).update(
                **{name: getattr(self, name) for name in self.CONSENT_FIELDS}
            )

    def withdrawn_version(self):
        """A language version saved as withdrawn, if any: withdrawal is recorded in the pages, not in revisions."""
        return type(self).objects.filter(translation_key=self.translation_key, consent_withdrawn=True).first()

    def keep_consent_form_private(self):
        """The signed form goes into the collection only the network team opens, whichever collection the
        editor uploaded or chose it in. Moved rather than refused: a member's volunteer editor can neither
        choose nor upload into that collection, so a refusal would leave them no way to attach the form."""
        if self.consent_form_id is None:
            return
        collection = consent_collection()
        if self.consent_form.collection_id != collection.pk:
            self.consent_form.collection = collection
            self.consent_form.save(update_fields=["collection"])

    def consent_record(self):
        """What the consent check in the editorial workflow shows the network team, and what is still missing.
        A translation's record is its original's, which saving copies into it (see save())."""
        consent = self.consent_original() or self
        missing = []
        if self.consent_withdrawn or self.withdrawn_version() is not None:
            missing.append(gettext("The narrator withdrew their consent."))
        if consent.consent_form_id is None:
            missing.append(gettext("No signed consent form is attached."))
        if not consent.consent_scope:
            missing.append(gettext("What the narrator consented to (public, on request, research) is not recorded."))
        if self.narrator_shown_as == self.NameShown.REAL and not consent.narrator_real_name:
            missing.append(gettext("The narrator is to be named, but their name is not recorded."))
        if self.narrator_shown_as == self.NameShown.PSEUDONYM and not self.narrator_pseudonym:
            missing.append(gettext("The narrator is to appear under a pseudonym, but none is given."))
        return ConsentRecord(
            summary=[
                (gettext("Narrator shown as"), self.get_narrator_shown_as_display()),
                (gettext("Consent given for"), consent.get_consent_scope_display() or "—"),
                (gettext("Embargo until"), consent.embargo_until or "—"),
                (gettext("Conditions"), consent.consent_conditions or "—"),
                (gettext("Signed consent form"), consent.consent_form.title if consent.consent_form_id else "—"),
            ],
            missing=missing,
        )
