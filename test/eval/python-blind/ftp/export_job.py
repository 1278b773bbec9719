import ftplib
import io
import logging
import os
import ssl
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

FTP_HOST = os.environ.get("EXPORT_FTP_HOST", "ftp.partner.example")
FTP_USER = os.environ.get("EXPORT_FTP_USER", "export")
FTP_PASSWORD = os.environ.get("EXPORT_FTP_PASSWORD", "")


def upload_report(path: Path) -> None:
    ftps = ftplib.FTP_TLS(FTP_HOST, timeout=60)
    ftps.login(FTP_USER, FTP_PASSWORD)
    with path.open("rb") as fh:
        ftps.storbinary(f"STOR {path.name}", fh)
    ftps.quit()


def upload_secure(path: Path) -> None:
    ctx = ssl.create_default_context()
    with ftplib.FTP_TLS(FTP_HOST, context=ctx) as ftps:
        ftps.login(FTP_USER, FTP_PASSWORD)
        ftps.prot_p()
        with path.open("rb") as fh:
            ftps.storbinary(f"STOR {path.name}", fh)


def list_legacy(directory: str = "/outgoing") -> list[str]:
    ftp = ftplib.FTP("ftp.legacy-partner.example")
    ftp.login(FTP_USER, FTP_PASSWORD)
    ftp.cwd(directory)
    names = ftp.nlst()
    ftp.quit()
    return names


def fetch_public_mirror(name: str) -> bytes:
    buf = io.BytesIO()
    with ftplib.FTP("ftp.debian.org") as ftp:
        ftp.login()
        ftp.retrbinary(f"RETR /debian/{name}", buf.write)
    return buf.getvalue()


def upload_insecure_login(data: bytes, name: str) -> None:
    ftps = ftplib.FTP_TLS(context=ssl.create_default_context())
    ftps.connect(FTP_HOST, 21)
    ftps.login(FTP_USER, FTP_PASSWORD, secure=False)
    ftps.prot_p()
    ftps.storbinary(f"STOR {name}", io.BytesIO(data))
    ftps.quit()


def nightly() -> None:
    report = Path("/var/exports") / f"report-{date.today():%Y%m%d}.csv"
    if report.exists():
        upload_report(report)
    else:
        log.warning("no report for today")
