import ftplib
import ssl
from pathlib import Path

FTP_CTX = ssl.create_default_context()


def upload_secure(path: Path, host: str, user: str, password: str):
    with ftplib.FTP_TLS(host, context=FTP_CTX) as ftps:
        ftps.login(user, password)
        ftps.prot_p()
        with path.open("rb") as fh:
            ftps.storbinary(f"STOR {path.name}", fh)


def upload_bank(path: Path, password: str):
    ftps = ftplib.FTP_TLS("sftp-gw.bank.example.com", context=FTP_CTX)
    ftps.login("acme-payroll", password)
    with path.open("rb") as fh:
        ftps.storbinary(f"STOR {path.name}", fh)
    ftps.quit()


def upload_legacy(path: Path, password: str):
    ftp = ftplib.FTP("ftp.printshop.example.com")
    ftp.login("acme", password)
    with path.open("rb") as fh:
        ftp.storbinary(f"STOR {path.name}", fh)
    ftp.quit()


def public_listing():
    ftp = ftplib.FTP("ftp.gnu.org")
    ftp.login()
    names = ftp.nlst("/gnu")
    ftp.quit()
    return names


def download_vendor(name: str, password: str) -> bytes:
    chunks = []
    ftps = ftplib.FTP_TLS("ftps.vendor.example.com")
    ftps.login("acme", password)
    ftps.prot_p()
    ftps.retrbinary(f"RETR {name}", chunks.append)
    return b"".join(chunks)
