"""Archives the rendered reports."""
import ftplib
import io
import ssl

from .settings import ARCHIVE_FTP_HOST


def upload_plain(name, data, password):
    ftp = ftplib.FTP(ARCHIVE_FTP_HOST, "reports", password)
    ftp.storbinary(f"STOR {name}", io.BytesIO(data))
    ftp.quit()


def mirror_public(name):
    ftp = ftplib.FTP("ftp.gnu.org")
    ftp.login()
    with open(name, "wb") as fh:
        ftp.retrbinary(f"RETR gnu/{name}", fh.write)
    ftp.quit()


def upload_secure(name, data, password):
    ftps = ftplib.FTP_TLS(ARCHIVE_FTP_HOST, context=ssl.create_default_context())
    ftps.login("reports", password)
    ftps.prot_p()
    ftps.storbinary(f"STOR {name}", io.BytesIO(data))
    ftps.ccc()
    ftps.quit()


def upload_firewall_friendly(name, data, password):
    ftps = ftplib.FTP_TLS(ARCHIVE_FTP_HOST, context=ssl.create_default_context())
    ftps.login("reports", password, secure=False)
    ftps.prot_p()
    ftps.storbinary(f"STOR {name}", io.BytesIO(data))
    ftps.quit()
