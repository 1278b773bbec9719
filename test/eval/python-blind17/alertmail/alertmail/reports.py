import ftplib
import ssl

CTX = ssl.create_default_context(cafile="/etc/alertmail/partner-ca.pem")


def upload_plain(host, user, password, path):
    ftp = ftplib.FTP(host, timeout=30)
    ftp.login(user, password)
    with open(path, "rb") as fh:
        ftp.storbinary(f"STOR {path.rsplit('/', 1)[-1]}", fh)
    ftp.quit()


def list_public_mirror():
    ftp = ftplib.FTP("ftp.mirror.example.org")
    ftp.login()
    names = ftp.nlst()
    ftp.quit()
    return names


def upload_secure(host, user, password, path):
    ftps = ftplib.FTP_TLS(host, context=CTX, timeout=30)
    ftps.login(user, password)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR {path.rsplit('/', 1)[-1]}", fh)
    ftps.quit()


def upload_partner_default(host, user, password, path):
    ftps = ftplib.FTP_TLS(host, timeout=30)
    ftps.login(user, password)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR daily.csv", fh)
    ftps.quit()


def upload_clear_data(host, user, password, path):
    ftps = ftplib.FTP_TLS(host, context=CTX)
    ftps.login(user, password)
    with open(path, "rb") as fh:
        ftps.storbinary("STOR weekly.csv", fh)
    ftps.quit()
