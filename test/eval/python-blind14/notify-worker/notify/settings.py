import os
import ssl

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.office365.com")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
SMTP_USER = os.environ.get("SMTP_USER", "reports@example.com")
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD", "")
IMAP_HOST = os.environ.get("IMAP_HOST", "outlook.office365.com")
CA_FILE = os.environ.get("NOTIFY_CA_FILE")


def tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA_FILE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx
