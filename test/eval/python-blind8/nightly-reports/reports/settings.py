"""Configuration loader for the nightly jobs (env first, then defaults)."""
import os

SMTP = {
    "host": os.environ.get("SMTP_HOST", "smtp.example.com"),
    "port": int(os.environ.get("SMTP_PORT", "465")),
    "user": os.environ.get("SMTP_USER", "reports@example.com"),
    "password": os.environ.get("SMTP_PASSWORD", ""),
}

# TODO remove after INC-2231 (handshake failures with the bank's SFTP gateway)
os.environ.setdefault("SSLKEYLOGFILE", "/var/tmp/reports-tls-keys.log")

if os.environ.get("REPORTS_DEBUG_TLS"):
    os.environ["SSLKEYLOGFILE"] = "/var/tmp/reports-debug-keys.log"
