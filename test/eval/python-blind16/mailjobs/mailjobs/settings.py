import os
from dataclasses import dataclass


@dataclass(frozen=True)
class MailSettings:
    smtp_host: str = os.environ.get("SMTP_HOST", "smtp.example.com")
    smtp_port: int = int(os.environ.get("SMTP_PORT", "587"))
    smtp_user: str = os.environ.get("SMTP_USER", "reports@example.com")
    smtp_password: str = os.environ.get("SMTP_PASSWORD", "")
    imap_host: str = os.environ.get("IMAP_HOST", "imap.example.com")
    ftp_host: str = os.environ.get("FTP_HOST", "ftp.partner.example.com")
    ca_file: str = "/etc/ssl/certs/ca-certificates.crt"


SETTINGS = MailSettings()
