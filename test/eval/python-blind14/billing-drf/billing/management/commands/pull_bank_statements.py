import io
import os

from django.core.management.base import BaseCommand
from ftplib import FTP_TLS


class Command(BaseCommand):
    help = "Download yesterday's statements from the bank's FTPS drop."

    def add_arguments(self, parser):
        parser.add_argument("--date", required=True)

    def handle(self, *args, **options):
        ftps = FTP_TLS("ftps.bank.example.com", timeout=30)
        ftps.login(os.environ["BANK_FTP_USER"], os.environ["BANK_FTP_PASSWORD"])
        ftps.cwd("/outbound")
        buf = io.BytesIO()
        ftps.retrbinary(f"RETR statement-{options['date']}.csv", buf.write)
        ftps.quit()
        self.stdout.write(self.style.SUCCESS(f"{len(buf.getvalue())} bytes"))
