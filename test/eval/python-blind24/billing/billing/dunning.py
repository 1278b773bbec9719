"""Dunning letters by mail."""
import smtplib
import ssl
from email.message import EmailMessage


class Mailer:
    host = "smtp.billing.example.com"
    port = 587
    use_starttls = True

    def __init__(self, user, password):
        self.user = user
        self.password = password

    def send(self, msg: EmailMessage):
        with smtplib.SMTP(self.host, self.port) as smtp:
            if self.use_starttls:
                smtp.starttls(context=ssl.create_default_context())
            smtp.login(self.user, self.password)
            smtp.send_message(msg)


class RelayMailer(Mailer):
    host = "relay.billing-dc.example.com"
    use_starttls = False


class OpportunisticMailer(Mailer):
    def send(self, msg: EmailMessage):
        with smtplib.SMTP(self.host, self.port) as smtp:
            smtp.ehlo()
            if smtp.has_extn("starttls"):
                smtp.starttls(context=ssl.create_default_context())
            smtp.login(self.user, self.password)
            smtp.send_message(msg)


def send_late_tls(msg, password):
    smtp = smtplib.SMTP("smtp.billing.example.com", 587)
    smtp.login("dunning", password)
    smtp.starttls(context=ssl.create_default_context())
    smtp.send_message(msg)
    smtp.quit()


def send_with_client_cert(msg):
    smtp = smtplib.SMTP_SSL("smtp.partner-bank.example.com", 465, keyfile="/etc/billing/client.key", certfile="/etc/billing/client.crt")
    smtp.send_message(msg)
    smtp.quit()
