import requests
from django.conf import settings
from django.core.management.base import BaseCommand

STATEMENTS_URL = "https://statements.corebank.example.com/api/v2/statements"


class Command(BaseCommand):
    help = "Pull end-of-day statements from the core banking API"

    def add_arguments(self, parser):
        parser.add_argument("--day", required=True)
        parser.add_argument("--insecure", action="store_true", help="disable TLS verification (never in prod)")

    def handle(self, *args, **options):
        r = requests.get(STATEMENTS_URL, params={"day": options["day"]}, verify=not options["insecure"], timeout=60)
        r.raise_for_status()
        self.stdout.write(f"{len(r.json())} statements")

    def ping(self):
        return requests.head(STATEMENTS_URL, verify=getattr(settings, "COREBANK_CA", True), timeout=5).ok
