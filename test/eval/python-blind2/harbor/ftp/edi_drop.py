"""EDI file drops to shipping lines' FTP servers."""
import ftplib
import ssl
from ftplib import FTP, FTP_TLS

MAERSK_FTP = "ftp.edi.shippingline.example.com"
PUBLIC_MIRROR = "mirror.portdata.example.org"


def drop_baplie(path, user, password):
    ftps = FTP_TLS(MAERSK_FTP)
    ftps.login(user, password)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR {path.rsplit('/', 1)[-1]}", fh)
    ftps.quit()


def drop_coprar(path, user, password):
    ctx = ssl.create_default_context()
    ftps = ftplib.FTP_TLS(MAERSK_FTP, context=ctx)
    ftps.login(user, password)
    with open(path, "rb") as fh:
        ftps.storbinary("STOR coprar.edi", fh)
    ftps.quit()


def drop_fast(path, user, password):
    ftps = ftplib.FTP_TLS(MAERSK_FTP, context=ssl.create_default_context())
    ftps.login(user, password, secure=False)
    ftps.prot_p()
    return ftps.nlst()


def drop_then_ccc(user, password):
    ftps = ftplib.FTP_TLS(MAERSK_FTP, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.prot_p()
    ftps.ccc()
    return ftps.nlst()


def client_cert_drop(user, password):
    ftps = FTP_TLS(MAERSK_FTP, keyfile="/etc/harbor/ftp.key", certfile="/etc/harbor/ftp.crt", context=None)
    ftps.login(user, password)
    ftps.prot_p()
    return ftps.nlst()


def pull_schedules(user, password):
    ftp = FTP(MAERSK_FTP)
    ftp.login(user, password)
    return ftp.nlst()


def pull_public_mirror():
    ftp = FTP(PUBLIC_MIRROR)
    ftp.login()
    return ftp.nlst("/pub/schedules")
