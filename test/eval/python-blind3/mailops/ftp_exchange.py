"""Exchange EDI files with suppliers."""
import ftplib
import io
import ssl
from ftplib import FTP_TLS as SecureFTP

SUPPLIER_HOST = "edi.supplier.example.com"


def _tls_context():
    ctx = ssl.create_default_context(cafile="/etc/edi/supplier-ca.pem")
    return ctx


def upload_orders(user, password, payload: bytes):
    ftps = SecureFTP(SUPPLIER_HOST, context=_tls_context(), timeout=60)
    ftps.login(user, password)
    ftps.prot_p()
    ftps.storbinary("STOR orders.edi", io.BytesIO(payload))
    ftps.quit()


def download_invoices(user, password):
    ftps = SecureFTP("edi2.supplier.example.com")
    ftps.login(user, password)
    out = io.BytesIO()
    ftps.retrbinary("RETR invoices.edi", out.write)
    ftps.quit()
    return out.getvalue()


def legacy_drop(user, password, payload: bytes):
    ftp = ftplib.FTP("ftp.oldsupplier.example.com", user, password)
    ftp.storbinary("STOR drop.edi", io.BytesIO(payload))
    ftp.quit()


def public_catalog():
    ftp = ftplib.FTP("ftp.catalogs.example.org")
    ftp.login()
    names = ftp.nlst()
    ftp.quit()
    return names


def fast_upload(user, password, payload: bytes):
    ftps = SecureFTP(SUPPLIER_HOST, context=_tls_context())
    ftps.login(user, password, secure=False)
    ftps.prot_p()
    ftps.storbinary("STOR fast.edi", io.BytesIO(payload))


def nat_upload(user, password, payload: bytes):
    ftps = SecureFTP(SUPPLIER_HOST, context=_tls_context())
    ftps.login(user, password)
    ftps.prot_p()
    ftps.ccc()
    ftps.storbinary("STOR nat.edi", io.BytesIO(payload))
