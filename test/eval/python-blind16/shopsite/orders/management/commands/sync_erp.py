import requests
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Pull the product catalogue from the ERP"

    def add_arguments(self, parser):
        parser.add_argument("--since", help="ISO date")
        parser.add_argument("--insecure", action="store_true", help="skip TLS verification (lab ERP only)")

    def handle(self, *args, **options):
        params = {"since": options["since"]} if options["since"] else {}
        resp = requests.get(
            f"{settings.ERP_BASE_URL}/catalogue",
            params=params,
            timeout=60,
            verify=not options["insecure"],
        )
        resp.raise_for_status()
        self.stdout.write(self.style.SUCCESS(f"{len(resp.json())} products"))
