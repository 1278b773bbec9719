import os
from dataclasses import dataclass


@dataclass
class SmtpConfig:
    host: str = os.environ.get("SMTP_HOST", "smtp.office365.com")
    port: int = 587
    user: str = os.environ.get("SMTP_USER", "reports@example.com")
    password: str = os.environ.get("SMTP_PASSWORD", "")


class FlaskConfig:
    MAIL_SERVER = "smtp.office365.com"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
