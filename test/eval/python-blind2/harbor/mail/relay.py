"""Bulk relay used by the billing job."""
import smtplib

RELAY = "relay.billing-partner.example.net"


class BillingMailer:
    def __init__(self, user, password):
        self.user = user
        self.password = password
        self.conn = None

    def open(self):
        self.conn = smtplib.SMTP(RELAY, 25)
        self.conn.ehlo()
        self.conn.login(self.user, self.password)

    def open_tls(self):
        conn = smtplib.SMTP(RELAY, 587)
        conn.starttls()
        conn.login(self.user, self.password)
        self.conn = conn

    def send(self, sender, to, raw):
        self.conn.sendmail(sender, [to], raw)
