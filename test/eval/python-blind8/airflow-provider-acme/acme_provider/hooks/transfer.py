import ftplib
import os
import ssl

from airflow.hooks.base import BaseHook


def open_ftps(host, user, password, tls_context=None):
    ftps = ftplib.FTP_TLS(host, context=tls_context)
    ftps.login(user, password)
    ftps.prot_p()
    return ftps


class AcmeFtpsHook(BaseHook):
    def __init__(self, conn_id="acme_ftps"):
        super().__init__()
        self.conn_id = conn_id

    def get_conn(self):
        conn = self.get_connection(self.conn_id)
        return open_ftps(conn.host, conn.login, conn.password)


def push_report(host, user, password, path):
    ctx = ssl.create_default_context()
    with ftplib.FTP_TLS(host, context=ctx) as ftps:
        ftps.login(user, password)
        with open(path, "rb") as fh:
            ftps.storbinary(f"STOR {os.path.basename(path)}", fh)


def fetch_legacy(host, password, dest):
    ftp = ftplib.FTP(host, "acme_batch", password)
    with open(dest, "wb") as fh:
        ftp.retrbinary("RETR daily.csv", fh.write)
    ftp.quit()


def fetch_public_listing(host):
    ftp = ftplib.FTP(host)
    ftp.login()
    names = ftp.nlst()
    ftp.quit()
    return names
