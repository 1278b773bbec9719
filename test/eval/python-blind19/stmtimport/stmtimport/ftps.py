"""Download MT940 / camt.053 statements from the banks' FTPS drop boxes."""
import ftplib
import io
import os
import ssl

HOST = os.environ.get("BANK_FTPS_HOST", "ftps.bank.example.com")
BANK_CA = "/etc/stmtimport/bank-ca.pem"


def _bank_context():
    return ssl.create_default_context(cafile=BANK_CA)


def fetch_mt940(user, password, day):
    ftps = ftplib.FTP_TLS(HOST, timeout=60)
    ftps.login(user, password)
    ftps.prot_p()
    buf = io.BytesIO()
    ftps.retrbinary(f"RETR MT940_{day}.sta", buf.write)
    ftps.quit()
    return buf.getvalue()


def fetch_camt(user, password, day):
    ftps = ftplib.FTP_TLS(HOST, context=_bank_context(), timeout=60)
    ftps.login(user, password)
    buf = io.BytesIO()
    ftps.retrbinary(f"RETR camt053_{day}.xml", buf.write)
    ftps.quit()
    return buf.getvalue()


def fetch_camt_protected(user, password, day):
    ftps = ftplib.FTP_TLS(HOST, context=_bank_context(), timeout=60)
    ftps.login(user, password)
    ftps.prot_p()
    buf = io.BytesIO()
    ftps.retrbinary(f"RETR camt054_{day}.xml", buf.write)
    ftps.quit()
    return buf.getvalue()


def list_inbox(user, password):
    ftps = ftplib.FTP_TLS(HOST, context=_bank_context())
    ftps.login(user, password, secure=False)
    ftps.prot_p()
    return ftps.nlst("inbox")


def push_ack(host, user, password, path):
    ftp = ftplib.FTP(host)
    ftp.login(user, password)
    with open(path, "rb") as fh:
        ftp.storbinary("STOR " + os.path.basename(path), fh)
    ftp.quit()


def legacy_clearing_upload(path, password):
    ftp = ftplib.FTP("ftp.clearing-partner.example.net", "stmt_upload", password)
    with open(path, "rb") as fh:
        ftp.storbinary("STOR " + os.path.basename(path), fh)


def public_rates():
    ftp = ftplib.FTP("ftp.rates-mirror.example.org")
    ftp.login()
    lines = []
    ftp.retrlines("RETR eurofxref.csv", lines.append)
    return lines
