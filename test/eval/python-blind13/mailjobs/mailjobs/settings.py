import os

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.office365.com")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
SMTP_USER = os.environ.get("SMTP_USER", "reports@corp.example.com")
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD", "")

IMAP_HOST = os.environ.get("IMAP_HOST", "outlook.office365.com")
POP_HOST = os.environ.get("POP_HOST", "pop.partner-mail.example.net")

FTP_HOST = "ftp.partner-logistics.example.com"
FTP_USER = "corp-upload"
FTP_PASSWORD = os.environ.get("FTP_PASSWORD", "")

CA_FILE = os.environ.get("MAILJOBS_CA_FILE")
