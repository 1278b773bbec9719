"""Push finished packages to partner papers over FTPS."""
import ftplib
import io
import ssl

PARTNERS = {
    "coastal-herald": "ftps.coastal-herald.example.com",
    "valley-times": "ftp.valleytimes.example.net",
}


def _ctx() -> ssl.SSLContext:
    return ssl.create_default_context(cafile="/etc/ssl/certs/partners-ca.pem")


def push_package(partner: str, name: str, payload: bytes, user: str, password: str) -> None:
    ftps = ftplib.FTP_TLS(PARTNERS[partner], context=_ctx())
    ftps.login(user, password)
    ftps.prot_p()
    ftps.storbinary(f"STOR {name}", io.BytesIO(payload))
    ftps.quit()


def pull_manifest(partner: str, user: str, password: str) -> bytes:
    ftps = ftplib.FTP_TLS(PARTNERS[partner], context=_ctx())
    ftps.login(user, password)
    buf = io.BytesIO()
    ftps.retrbinary("RETR manifest.json", buf.write)
    ftps.quit()
    return buf.getvalue()
