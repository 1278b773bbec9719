import ftplib
import os
from pathlib import Path

from notify import settings


def push_to_printer(pdf: Path) -> None:
    """The print shop only runs plain FTP."""
    ftp = ftplib.FTP("ftp.printshop.example.com", timeout=60)
    ftp.login("example-reports", os.environ["PRINTSHOP_FTP_PASSWORD"])
    with pdf.open("rb") as fh:
        ftp.storbinary(f"STOR {pdf.name}", fh)
    ftp.quit()


def fetch_public_holidays() -> bytes:
    chunks: list[bytes] = []
    with ftplib.FTP("ftp.gov-data.example.org") as ftp:
        ftp.login()
        ftp.retrbinary("RETR holidays.csv", chunks.append)
    return b"".join(chunks)


def push_to_auditor(pdf: Path) -> None:
    with ftplib.FTP_TLS("ftps.auditor.example.com", context=settings.tls_context()) as ftps:
        ftps.login("example", os.environ["AUDITOR_FTP_PASSWORD"], secure=False)
        ftps.prot_p()
        with pdf.open("rb") as fh:
            ftps.storbinary(f"STOR {pdf.name}", fh)


def push_to_bank(pdf: Path) -> None:
    with ftplib.FTP_TLS("ftps.bank.example.com", context=settings.tls_context()) as ftps:
        ftps.login("example", os.environ["BANK_FTP_PASSWORD"])
        ftps.prot_p()
        with pdf.open("rb") as fh:
            ftps.storbinary(f"STOR {pdf.name}", fh)
