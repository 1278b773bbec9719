import logging
import smtplib
import ssl
from email.message import EmailMessage
from typing import Optional

from .config import MailConfig

log = logging.getLogger(__name__)


def open_smtp(cfg: MailConfig, tls_context: Optional[ssl.SSLContext] = None) -> smtplib.SMTP:
    """Open an authenticated SMTP connection.

    Port 465 uses implicit TLS, anything else STARTTLS.
    """
    if cfg.port == 465:
        conn = smtplib.SMTP_SSL(cfg.host, cfg.port, context=tls_context, timeout=cfg.timeout)
    else:
        conn = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
        conn.ehlo()
        conn.starttls(context=tls_context or ssl.create_default_context())
        conn.ehlo()
    conn.login(cfg.user, cfg.password)
    return conn


def send(cfg: MailConfig, msg: EmailMessage, tls_context: Optional[ssl.SSLContext] = None) -> None:
    conn = open_smtp(cfg, tls_context)
    try:
        conn.send_message(msg)
        log.info("sent %s to %s", msg["Subject"], msg["To"])
    finally:
        conn.quit()
