import logging

import requests
from django.conf import settings
from django.core.management.base import BaseCommand

log = logging.getLogger(__name__)

PARTNER_FEEDS = {
    "acme": "https://feeds.acme.example.net/v2/catalog",
    "globex": "https://api.globex.example.org/export",
}


class Command(BaseCommand):
    help = "Pull partner catalogues into the local database"

    def add_arguments(self, parser):
        parser.add_argument("--partner", choices=sorted(PARTNER_FEEDS))
        parser.add_argument(
            "--insecure",
            action="store_true",
            help="do not verify the partner's certificate (staging only)",
        )
        parser.add_argument("--skip-verify-globex", action="store_true")

    def _session(self, options):
        session = requests.Session()
        session.headers["User-Agent"] = "partnerhub-sync/1.4"
        # The operator decides at run time; not a constant.
        session.verify = not options["insecure"] and settings.PARTNER_API_VERIFY
        return session

    def _globex_session(self, options):
        session = requests.Session()
        if options["skip_verify_globex"]:
            session.verify = False
        return session

    def handle(self, *args, **options):
        partners = [options["partner"]] if options["partner"] else list(PARTNER_FEEDS)
        for name in partners:
            if name == "globex":
                session = self._globex_session(options)
            else:
                session = self._session(options)
            resp = session.get(PARTNER_FEEDS[name], timeout=30)
            resp.raise_for_status()
            log.info("fetched %s: %d items", name, len(resp.json()))
