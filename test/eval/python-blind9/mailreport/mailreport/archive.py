import ftplib
import nntplib
import os

from . import settings


def upload(path):
    ftp = ftplib.FTP(settings.ARCHIVE_HOST, "reports", settings.ARCHIVE_PASSWORD)
    with open(path, "rb") as fh:
        ftp.storbinary("STOR " + os.path.basename(path), fh)
    ftp.quit()


def upload_tls(path):
    ftps = ftplib.FTP_TLS(settings.ARCHIVE_HOST, context=settings.TLS_CONTEXT)
    ftps.login("reports", settings.ARCHIVE_PASSWORD, secure=False)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR " + os.path.basename(path), fh)
    ftps.quit()


def upload_behind_nat(path):
    ftps = ftplib.FTP_TLS(settings.ARCHIVE_HOST, context=settings.TLS_CONTEXT)
    ftps.login("reports", settings.ARCHIVE_PASSWORD)
    ftps.prot_p()
    # The NAT gateway must read PORT commands, so drop back to a clear control channel.
    ftps.ccc()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR " + os.path.basename(path), fh)
    ftps.quit()


def mirror_listing():
    ftp = ftplib.FTP("ftp.gnu.org", timeout=30)
    ftp.login()
    names = ftp.nlst("gnu")
    ftp.quit()
    return names


def post_notice(article_path):
    with nntplib.NNTP_SSL("news.corp.example.com", 563) as news:
        with open(article_path, "rb") as fh:
            news.post(fh)
