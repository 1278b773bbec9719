import os
from dataclasses import dataclass, field
from typing import List, Optional


@dataclass
class MailConfig:
    host: str = os.environ.get("MAILBOT_SMTP_HOST", "smtp.example.com")
    port: int = int(os.environ.get("MAILBOT_SMTP_PORT", "465"))
    user: str = os.environ.get("MAILBOT_SMTP_USER", "reports@example.com")
    password: str = os.environ.get("MAILBOT_SMTP_PASSWORD", "")
    timeout: float = 30.0
    recipients: List[str] = field(default_factory=lambda: ["sales@example.com"])


@dataclass
class InboxConfig:
    host: str = os.environ.get("MAILBOT_IMAP_HOST", "imap.example.com")
    user: str = os.environ.get("MAILBOT_IMAP_USER", "bounces@example.com")
    password: str = os.environ.get("MAILBOT_IMAP_PASSWORD", "")
    folder: str = "INBOX"
    ca_file: Optional[str] = os.environ.get("MAILBOT_CA_FILE")


@dataclass
class FtpConfig:
    host: str = "ftp.partner.example.com"
    user: str = "sales-upload"
    password: str = os.environ.get("MAILBOT_FTP_PASSWORD", "")
    directory: str = "/incoming/reports"
