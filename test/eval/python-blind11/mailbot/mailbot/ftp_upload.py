import ftplib
import logging
import ssl
from pathlib import Path

from .config import FtpConfig

log = logging.getLogger(__name__)


def upload_report(path: Path, cfg: FtpConfig) -> None:
    ctx = ssl.create_default_context()
    with ftplib.FTP_TLS(cfg.host, context=ctx, timeout=60) as ftps:
        ftps.login(cfg.user, cfg.password)
        ftps.prot_p()
        ftps.cwd(cfg.directory)
        with path.open("rb") as fh:
            ftps.storbinary(f"STOR {path.name}", fh)
    log.info("uploaded %s to %s", path.name, cfg.host)


def upload_to_distributor(path: Path, password: str) -> None:
    ftps = ftplib.FTP_TLS("ftps.distributor.example.net")
    ftps.login("acme-sales", password)
    with path.open("rb") as fh:
        ftps.storbinary("STOR " + path.name, fh)
    ftps.quit()


def mirror_price_lists(dest: Path) -> int:
    ftp = ftplib.FTP("ftp.pricelists.example.org", timeout=60)
    ftp.login()
    names = [n for n in ftp.nlst("/pub/prices") if n.endswith(".csv")]
    for name in names:
        with (dest / Path(name).name).open("wb") as fh:
            ftp.retrbinary(f"RETR {name}", fh.write)
    ftp.quit()
    return len(names)


def push_to_mainframe(path: Path, password: str) -> None:
    ftp = ftplib.FTP("mvs.dc1.example.com", "SALESRPT", password)
    with path.open("rb") as fh:
        ftp.storlines(f"STOR 'SALES.DAILY.{path.stem.upper()}'", fh)
    ftp.quit()
