import ftplib
import os
import ssl


def push_export(path: str, password: str) -> None:
    ftps = ftplib.FTP_TLS("ftp.partner.example.com", context=ssl.create_default_context())
    ftps.login("exports", password)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftps.quit()


def push_legacy(path: str, password: str) -> None:
    ftps = ftplib.FTP_TLS("ftp.legacy-partner.example.com", context=ssl.create_default_context())
    ftps.login("exports", password)
    with open(path, "rb") as fh:
        ftps.storbinary("STOR " + os.path.basename(path), fh)
    ftps.quit()


def mirror_listing(password: str) -> list:
    ftp = ftplib.FTP("mirror.example.org")
    ftp.login("mirror", password)
    names = ftp.nlst()
    ftp.quit()
    return names


def gnu_listing() -> list:
    ftp = ftplib.FTP("ftp.gnu.org")
    ftp.login()
    return ftp.nlst("gnu")


def fetch_rates(password: str, dest: str) -> None:
    ftps = ftplib.FTP_TLS("ftp.bank.example.com")
    ftps.login("rates", password)
    ftps.prot_p()
    with open(dest, "wb") as fh:
        ftps.retrbinary("RETR rates.csv", fh.write)
