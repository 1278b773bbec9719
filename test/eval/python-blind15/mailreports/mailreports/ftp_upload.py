"""Drop the daily CSV extracts on the partners' FTP servers."""
import ftplib
import logging
import os

from mailreports import settings
from mailreports.tls import mail_context

log = logging.getLogger("mailreports.ftp")


def upload_plain(target, path):
    ftp = ftplib.FTP(target.host, timeout=60)
    ftp.login(target.user, target.password)
    ftp.cwd(target.remote_dir)
    with open(path, "rb") as fh:
        ftp.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftp.quit()


def upload_tls(target, path):
    ftps = ftplib.FTP_TLS(target.host, timeout=60)
    ftps.login(target.user, target.password)
    ftps.cwd(target.remote_dir)
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftps.quit()


def upload_tls_verified(target, path):
    ftps = ftplib.FTP_TLS(target.host, timeout=60, context=mail_context())
    ftps.login(target.user, target.password)
    ftps.prot_p()
    ftps.cwd(target.remote_dir)
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftps.quit()


def list_public_mirror(host="ftp.debian.org"):
    ftp = ftplib.FTP(host)
    ftp.login()
    names = ftp.nlst("/debian")
    ftp.quit()
    return names


def upload(partner, path):
    target = settings.PARTNERS[partner]
    if target.tls:
        return upload_tls_verified(target, path)
    log.warning("partner %s has no FTPS, sending in clear", partner)
    return upload_plain(target, path)
