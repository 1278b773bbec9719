"""A Django email backend for the partner relay that needs a client certificate."""
import smtplib
import ssl
import threading

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend


class PartnerRelayBackend(BaseEmailBackend):
    def __init__(self, fail_silently: bool = False, **kwargs) -> None:
        super().__init__(fail_silently=fail_silently)
        self.host = getattr(settings, "PARTNER_SMTP_HOST", "relay.partner.example")
        self.port = getattr(settings, "PARTNER_SMTP_PORT", 587)
        self.connection = None
        self._lock = threading.RLock()

    def open(self) -> bool:
        if self.connection:
            return False
        self.connection = smtplib.SMTP(self.host, self.port, timeout=30)
        self.connection.ehlo()
        self.connection.starttls(keyfile=settings.PARTNER_KEY, certfile=settings.PARTNER_CERT)
        self.connection.ehlo()
        self.connection.login(settings.PARTNER_USER, settings.PARTNER_PASSWORD)
        return True

    def close(self) -> None:
        if self.connection is None:
            return
        try:
            self.connection.quit()
        finally:
            self.connection = None

    def send_messages(self, email_messages) -> int:
        if not email_messages:
            return 0
        with self._lock:
            new = self.open()
            sent = 0
            for m in email_messages:
                self.connection.sendmail(m.from_email, m.recipients(), m.message().as_bytes())
                sent += 1
            if new:
                self.close()
        return sent


class BackupRelayBackend(PartnerRelayBackend):
    def open(self) -> bool:
        if self.connection:
            return False
        self.connection = smtplib.SMTP_SSL(self.host, 465, context=ssl._create_unverified_context())
        self.connection.login(settings.PARTNER_USER, settings.PARTNER_PASSWORD)
        return True
