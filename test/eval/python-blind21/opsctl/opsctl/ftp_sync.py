import io
import ssl
from ftplib import FTP, FTP_TLS


def _ctx():
    return ssl.create_default_context(cafile="/etc/ssl/certs/corp-ca.pem")


def push_artifacts(host, user, password, files):
    ftps = FTP_TLS(host, context=_ctx())
    ftps.login(user, password)
    ftps.prot_p()
    for name in files:
        with open(name, "rb") as fh:
            ftps.storbinary(f"STOR {name}", fh)
    ftps.quit()


def pull_manifest(host, user, password):
    ftps = FTP_TLS(host, context=_ctx())
    ftps.login(user, password)
    buf = io.BytesIO()
    ftps.retrbinary("RETR manifest.json", buf.write)
    return buf.getvalue()


def legacy_pull(host, user, password):
    ftp = FTP(host, timeout=30)
    ftp.login(user, password)
    buf = io.BytesIO()
    ftp.retrbinary("RETR export.csv", buf.write)
    return buf.getvalue()


def mirror_listing(host):
    ftp = FTP(host)
    ftp.login()
    return ftp.nlst()


def vendor_drop(host, user, password, path):
    with FTP_TLS(host, timeout=30) as ftps:
        ftps.login(user, password)
        ftps.prot_p()
        with open(path, "rb") as fh:
            ftps.storbinary(f"STOR {path}", fh)
