import logging
import smtplib
import ssl
from email.mime.text import MIMEText

logger = logging.getLogger(__name__)


class Mailer:
    def __init__(self, host, port, username, password):
        self.host = host
        self.port = port
        self.username = username
        self.password = password

    def connect(self):
        self.smtp = smtplib.SMTP(self.host, self.port, timeout=10)
        self.smtp.ehlo()
        self.smtp.login(self.username, self.password)  # expect: no-plaintext-downgrade

    def send(self, to, subject, body):
        msg = MIMEText(body)
        msg["Subject"] = subject
        msg["To"] = to
        self.smtp.sendmail(self.username, [to], msg.as_string())


def send_receipt(host, user, password, to, body):
    try:
        server = smtplib.SMTP(host, 587)
        server.starttls(context=ssl.create_default_context())
        server.login(user, password)
        server.sendmail(user, [to], body)
        server.quit()
    except smtplib.SMTPException:
        logger.exception("receipt not sent")


def send_digest(host, user, password, to, body):
    server = smtplib.SMTP(host, 587)
    server.ehlo()
    if "starttls" in server.esmtp_features:
        server.starttls(context=ssl.create_default_context())
        server.ehlo()
    server.login(user, password)  # expect: no-plaintext-downgrade
    server.sendmail(user, [to], body)
