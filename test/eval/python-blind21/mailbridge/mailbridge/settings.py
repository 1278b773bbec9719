import configparser
import os
from dataclasses import dataclass


@dataclass
class MailSettings:
    imap_host: str
    user: str
    password: str
    smtp_host: str = "smtp.corp.example.com"
    smtp_port: int = 587


def load(path="/etc/mailbridge.ini"):
    cp = configparser.ConfigParser()
    cp.read(path)
    sec = cp["mail"] if cp.has_section("mail") else {}
    return MailSettings(
        imap_host=sec.get("imap_host", "imap.corp.example.com"),
        user=sec.get("user", "mailbridge"),
        password=os.environ.get("MAILBRIDGE_PASSWORD", ""),
    )
