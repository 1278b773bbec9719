import ftplib
import os
import ssl


def upload_to_bank(path, user, password):
    ftps = ftplib.FTP_TLS("ftps.bank.example.com", timeout=60)
    ftps.login(user, password)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR " + os.path.basename(path), fh)
    ftps.quit()


def list_drop(user, password):
    ctx = ssl.create_default_context()
    ftps = ftplib.FTP_TLS("drop.partner.example.com", context=ctx)
    ftps.login(user, password, secure=False)
    ftps.prot_p()
    return ftps.nlst()


def upload_through_nat(user, password, path):
    ftps = ftplib.FTP_TLS("ftp.logistics.example.com", context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.prot_p()
    ftps.ccc()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR " + os.path.basename(path), fh)
    ftps.quit()
