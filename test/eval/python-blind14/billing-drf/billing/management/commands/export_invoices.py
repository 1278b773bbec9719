import os
import ssl
from ftplib import FTP_TLS

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Upload the invoice export to the accounting firm."

    def handle(self, *args, **options):
        ctx = ssl.create_default_context(cafile="/etc/ssl/certs/accounting-ca.pem")
        with FTP_TLS("ftp.accounting.example.com", context=ctx) as ftps:
            ftps.login("billing", os.environ["ACCOUNTING_FTP_PASSWORD"])
            ftps.prot_p()
            with open("/var/exports/invoices.csv", "rb") as fh:
                ftps.storbinary("STOR invoices.csv", fh)
