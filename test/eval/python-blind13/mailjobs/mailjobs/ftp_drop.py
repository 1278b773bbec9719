import ftplib
import os

from . import settings
from .smtp_client import tls_context


def upload_plain(path):
    ftp = ftplib.FTP(settings.FTP_HOST, timeout=60)
    ftp.login(settings.FTP_USER, settings.FTP_PASSWORD)
    with open(path, "rb") as fh:
        ftp.storbinary("STOR " + os.path.basename(path), fh)
    ftp.quit()


def list_public_mirror():
    ftp = ftplib.FTP("ftp.debian.org")
    ftp.login()
    names = ftp.nlst("/debian/dists")
    ftp.quit()
    return names


def upload_secure(path):
    ftps = ftplib.FTP_TLS(settings.FTP_HOST, context=tls_context(), timeout=60)
    ftps.login(settings.FTP_USER, settings.FTP_PASSWORD)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR " + os.path.basename(path), fh)
    ftps.quit()


def upload_secure_default_context(path):
    ftps = ftplib.FTP_TLS(settings.FTP_HOST, timeout=60)
    ftps.login(settings.FTP_USER, settings.FTP_PASSWORD)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR " + os.path.basename(path), fh)
    ftps.quit()


def download_manifest(dest):
    ftps = ftplib.FTP_TLS(settings.FTP_HOST, context=tls_context())
    ftps.login(settings.FTP_USER, settings.FTP_PASSWORD)
    with open(dest, "wb") as fh:
        ftps.retrbinary("RETR manifest.csv", fh.write)
    ftps.quit()


def upload_through_firewall(path):
    ftps = ftplib.FTP_TLS(settings.FTP_HOST, context=tls_context())
    ftps.login(settings.FTP_USER, settings.FTP_PASSWORD)
    ftps.prot_p()
    ftps.ccc()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR " + os.path.basename(path), fh)
    ftps.quit()


def upload_partner_legacy(path):
    ftps = ftplib.FTP_TLS("ftp.old-partner.example.org", context=tls_context())
    ftps.login("corp", settings.FTP_PASSWORD, secure=False)
    ftps.quit()


def quick_login(host, password):
    return ftplib.FTP(host, "corp-upload", password)
