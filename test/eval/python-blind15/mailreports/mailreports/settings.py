"""Settings shared by the report, mailbox and FTP jobs (values from /etc/mailreports/env)."""
import os
from dataclasses import dataclass, field

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.office365.com")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
SMTP_USER = os.environ.get("SMTP_USER", "reports@example.com")
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD", "")

RELAY_HOST = "relay01.dc2.example.com"

IMAP_HOST = os.environ.get("IMAP_HOST", "outlook.office365.com")
POP_HOST = os.environ.get("POP_HOST", "pop.partner-mail.net")

CA_BUNDLE = os.environ.get("MAILREPORTS_CA", "/etc/ssl/certs/ca-certificates.crt")


@dataclass
class FtpTarget:
    host: str
    user: str
    password: str
    remote_dir: str = "/incoming"
    tls: bool = True
    extra: dict = field(default_factory=dict)


PARTNERS = {
    "acme": FtpTarget("ftp.acme-logistics.com", "examplecorp", os.environ.get("ACME_FTP_PW", "")),
    "globex": FtpTarget("files.globex.example", "exc_upload", os.environ.get("GLOBEX_FTP_PW", ""), tls=False),
}
