"""Reports for the DC2 plant go through the old relay, which has no certificate yet."""
import smtplib

from mailreports import settings
from mailreports.tls import mail_context


def relay_send(msg, password):
    server = smtplib.SMTP(settings.RELAY_HOST, 587)
    server.ehlo()
    server.login("dc2-reports", password)
    server.send_message(msg)
    server.quit()


def relay_send_opportunistic(msg, password):
    server = smtplib.SMTP(settings.RELAY_HOST, 587)
    server.ehlo()
    if server.has_extn("starttls"):
        server.starttls(context=mail_context())
        server.ehlo()
    server.login("dc2-reports", password)
    server.send_message(msg)
    server.quit()
