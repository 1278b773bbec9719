import ftplib
import os
import ssl


def upload(host, user, password, path):
    ftps = ftplib.FTP_TLS(host)
    ftps.login(user, password)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftps.quit()


def upload_plain_login(host, user, password, path):
    ftps = ftplib.FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password, secure=False)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftps.quit()


def upload_ccc(host, user, password, path):
    ftps = ftplib.FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.prot_p()
    ftps.ccc()
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftps.quit()


def list_legacy(host, user, password):
    ftp = ftplib.FTP(host, user, password)
    try:
        return ftp.nlst()
    finally:
        ftp.quit()
