import os
import ssl

SMTP_HOST = "smtp.corp.example.com"
SMTP_PORT = 587
SMTP_USER = "reports@corp.example.com"
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD", "")
IMAP_HOST = "imap.corp.example.com"
ARCHIVE_HOST = "ftp.archive.corp.example.com"
ARCHIVE_PASSWORD = os.environ.get("ARCHIVE_PASSWORD", "")
TLS_CONTEXT = ssl.create_default_context(cafile="/etc/ssl/certs/corp-ca.pem")
