import smtplib
import ssl
from email.message import EmailMessage
from typing import Optional

DEFAULT_CTX = ssl.create_default_context()


class Mailer:
    def __init__(self, host: str, port: int, user: str, password: str, tls_context: Optional[ssl.SSLContext] = None):
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.tls_context = tls_context

    def send(self, msg: EmailMessage):
        with smtplib.SMTP(self.host, self.port, timeout=30) as smtp:
            smtp.ehlo()
            smtp.starttls(context=self.tls_context)
            smtp.ehlo()
            smtp.login(self.user, self.password)
            smtp.send_message(msg)


def send_ssl(msg: EmailMessage, host: str, user: str, password: str):
    with smtplib.SMTP_SSL(host, 465, context=DEFAULT_CTX) as smtp:
        smtp.login(user, password)
        smtp.send_message(msg)


def send_opportunistic(msg: EmailMessage, host: str, user: str, password: str):
    smtp = smtplib.SMTP(host, 587)
    smtp.ehlo()
    if smtp.has_extn("starttls"):
        smtp.starttls(context=DEFAULT_CTX)
        smtp.ehlo()
    smtp.login(user, password)
    smtp.send_message(msg)
    smtp.quit()


def send_relay(msg: EmailMessage, password: str):
    relay = smtplib.SMTP("relay.partner.example.net", 25)
    relay.login("partner-relay", password)
    relay.sendmail(msg["From"], [msg["To"]], msg.as_string())
    relay.quit()


def send_local(msg: EmailMessage):
    with smtplib.SMTP("localhost", 25) as smtp:
        smtp.send_message(msg)
