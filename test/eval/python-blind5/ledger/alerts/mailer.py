"""Alert e-mails for failed postings."""
import smtplib
import ssl
from email.message import EmailMessage

from ledger.alerts.config import AlertConfig


class AlertMailer:
    def __init__(self, config=AlertConfig, tls_context=None):
        self.config = config
        self.tls_context = tls_context

    def _message(self, subject, body):
        msg = EmailMessage()
        msg["From"] = self.config.sender
        msg["To"] = ", ".join(self.config.recipients)
        msg["Subject"] = subject
        msg.set_content(body)
        return msg

    def send(self, subject, body):
        with smtplib.SMTP(self.config.smtp_host, self.config.smtp_port, timeout=10) as smtp:
            smtp.ehlo()
            smtp.starttls(context=self.tls_context)
            smtp.login(self.config.username, self.config.password)
            smtp.send_message(self._message(subject, body))

    def send_implicit(self, subject, body):
        with smtplib.SMTP_SSL(self.config.smtp_host, self.config.ssl_port) as smtp:
            smtp.login(self.config.username, self.config.password)
            smtp.send_message(self._message(subject, body))

    def send_via_relay(self, subject, body):
        smtp = smtplib.SMTP(self.config.relay_host, 25)
        try:
            smtp.ehlo()
            if smtp.has_extn("starttls"):
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            smtp.login(self.config.username, self.config.password)
            smtp.send_message(self._message(subject, body))
        finally:
            smtp.quit()


class VerifiedAlertMailer(AlertMailer):
    def send(self, subject, body):
        ctx = ssl.create_default_context()
        with smtplib.SMTP(self.config.smtp_host, self.config.smtp_port) as smtp:
            smtp.starttls(context=ctx)
            smtp.login(self.config.username, self.config.password)
            smtp.send_message(self._message(subject, body))


def send_digest(text):
    server = smtplib.SMTP("mail.example.org", 587)
    server.login(AlertConfig.username, AlertConfig.password)
    server.starttls(context=ssl.create_default_context())
    server.sendmail(AlertConfig.sender, AlertConfig.recipients, text)
    server.quit()


def send_local(text):
    # the local postfix accepts submissions from the host without auth
    with smtplib.SMTP("localhost") as smtp:
        smtp.sendmail(AlertConfig.sender, AlertConfig.recipients, text)
