"""Artwork and imposition files exchanged with the trade printers."""
import ftplib
import io
import ssl
from typing import Optional

TRADE_PRINTERS = {
    "bindery": "ftp.bindery-partner.example.com",
    "largeformat": "ftps.largeformat.example.net",
}


def fetch_proofs(user: str, password: str) -> list:
    ftp = ftplib.FTP(TRADE_PRINTERS["bindery"], user, password)
    names = ftp.nlst("proofs")
    ftp.quit()
    return names


def public_templates() -> list:
    ftp = ftplib.FTP("ftp.templates.printhub.example.com")
    ftp.login()
    names = ftp.nlst("templates")
    ftp.quit()
    return names


def upload_artwork(job_id: str, data: bytes, user: str, password: str) -> None:
    ftps = ftplib.FTP_TLS(TRADE_PRINTERS["largeformat"])
    ftps.login(user, password)
    ftps.prot_p()
    ftps.storbinary(f"STOR {job_id}.pdf", io.BytesIO(data))
    ftps.quit()


def upload_imposition(job_id: str, data: bytes, user: str, password: str,
                      tls_context: Optional[ssl.SSLContext] = None) -> None:
    ftps = ftplib.FTP_TLS(TRADE_PRINTERS["largeformat"], context=tls_context)
    ftps.login(user, password)
    ftps.prot_p()
    ftps.ccc()
    ftps.storbinary(f"STOR {job_id}-imposition.pdf", io.BytesIO(data))
    ftps.quit()


def upload_verified(job_id: str, data: bytes, user: str, password: str) -> None:
    ctx = ssl.create_default_context(cafile="/etc/printhub/tls/trade-ca.pem")
    ftps = ftplib.FTP_TLS(TRADE_PRINTERS["largeformat"], context=ctx)
    ftps.login(user, password)
    ftps.prot_p()
    ftps.storbinary(f"STOR {job_id}.pdf", io.BytesIO(data))
    ftps.quit()
