import os
from ftplib import FTP, FTP_TLS

REPORTS_HOST = "reports.partner.example.net"


def fetch_reports(dest):
    ftp = FTP(REPORTS_HOST)
    ftp.login(user="acme", passwd=os.environ["PARTNER_FTP_PASSWORD"])  # expect: no-plaintext-downgrade
    for name in ftp.nlst():
        with open(os.path.join(dest, name), "wb") as fh:
            ftp.retrbinary("RETR " + name, fh.write)
    ftp.quit()


def push_invoice(path):
    with FTP_TLS(REPORTS_HOST) as ftps:
        ftps.login("acme", os.environ["PARTNER_FTP_PASSWORD"])
        ftps.prot_p()
        with open(path, "rb") as fh:
            ftps.storbinary("STOR " + os.path.basename(path), fh)
        ftps.ccc()  # expect: no-plaintext-downgrade
