import ftplib
import io
import ssl
from pathlib import Path

from .settings import SETTINGS

PARTNER_PASSWORD_FILE = Path("/run/secrets/partner_ftp")


def _password() -> str:
    return PARTNER_PASSWORD_FILE.read_text().strip()


def upload_report(path: Path) -> None:
    ctx = ssl.create_default_context()
    with ftplib.FTP_TLS(SETTINGS.ftp_host, context=ctx, timeout=60) as ftps:
        ftps.login("reports", _password())
        ftps.prot_p()
        with path.open("rb") as fh:
            ftps.storbinary(f"STOR {path.name}", fh)


def upload_report_plain(path: Path) -> None:
    ftp = ftplib.FTP("ftp.oldpartner.example.com", timeout=60)
    ftp.login("reports", _password())
    with path.open("rb") as fh:
        ftp.storbinary(f"STOR {path.name}", fh)
    ftp.quit()


def mirror_public_listing() -> list:
    with ftplib.FTP("ftp.gnu.org") as pub:
        pub.login()
        return pub.nlst("/gnu")


def upload_inventory(data: bytes) -> None:
    inv = ftplib.FTP_TLS(SETTINGS.ftp_host, timeout=60)
    inv.login("inventory", _password())
    inv.prot_p()
    inv.storbinary("STOR inventory.csv", io.BytesIO(data))


def upload_prices(data: bytes) -> None:
    prices = ftplib.FTP_TLS(SETTINGS.ftp_host, context=ssl.create_default_context(), timeout=60)
    prices.login("prices", _password())
    prices.storbinary("STOR prices.csv", io.BytesIO(data))
    prices.quit()
