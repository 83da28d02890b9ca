import json

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder

from hub.personal_data import erase_personal_data, export_personal_data, purge_expired_personal_data


class Command(BaseCommand):
    help = (
        "Answer a request about personal data: export or erase everything every plugin holds about one "
        "email address, or delete what retention periods no longer allow (run it daily)."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase", "purge-expired"])
        parser.add_argument("email", nargs="?", help="The address the request is about (export and erase).")

    def handle(self, *args, action, email, **options):
        if action == "purge-expired":
            deleted = purge_expired_personal_data()
            self.stdout.write(f"Deleted past their retention period: {json.dumps(deleted)}")
            return
        if not email:
            raise CommandError(f"'{action}' needs the email address the request is about.")
        if action == "export":
            self.stdout.write(json.dumps(export_personal_data(email), cls=DjangoJSONEncoder, indent=2))
        else:
            erased = erase_personal_data(email)
            self.stdout.write(f"Erased: {json.dumps(erased)}")
