from django.core.management.base import BaseCommand, CommandError

from hub.onboarding import OnboardingError, onboard_member


class Command(BaseCommand):
    help = (
        "Onboard a member organisation: its profile page, its editors' group with rights on its own space only, "
        "its media collection, and its first editor, who is emailed a link to set a password. Safe to repeat."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="The organisation's name")
        parser.add_argument("editor_email", help="Email address of its first editor")
        parser.add_argument("--editor-name", default="", help="The first editor's full name")
        parser.add_argument(
            "--region",
            action="append",
            default=[],
            help="A region, by name or slug; repeatable",
        )
        parser.add_argument(
            "--trusted-publisher",
            action="store_true",
            help="Its editors publish without network review",
        )

    def handle(self, *args, **options):
        try:
            onboarded = onboard_member(
                name=options["name"],
                editor_email=options["editor_email"],
                editor_name=options["editor_name"],
                regions=options["region"],
                trusted_publisher=options["trusted_publisher"],
            )
        except OnboardingError as error:
            raise CommandError(f"{error} Nothing was changed.") from None
        organisation = onboarded.organisation
        if onboarded.created:
            self.stdout.write(self.style.SUCCESS(f"Onboarded {organisation.title} at {organisation.url_path}."))
        else:
            self.stdout.write(f"{organisation.title} was already a member; nothing was duplicated.")
        self.stdout.write(f"  group: {onboarded.group.name}\n  collection: {onboarded.collection.name}")
        if onboarded.editor_created:
            sent = "invitation sent" if onboarded.invitation_sent else "the invitation email could NOT be sent"
            self.stdout.write(f"  editor: {onboarded.editor.email} ({sent})")
        else:
            self.stdout.write(f"  editor: {onboarded.editor.email} (existing account, added to the group)")
