#!/usr/bin/env python3
"""Nightly digest mailer (cron)."""
import argparse
import os
import smtplib
import sys
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

SMTP_HOST = os.environ.get("SMTP_HOST", "mail.example.net")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
SMTP_USER = os.environ["SMTP_USER"]
SMTP_PASS = os.environ["SMTP_PASS"]
CLIENT_KEY = "/etc/digest/client.key"
CLIENT_CERT = "/etc/digest/client.crt"


def build_message(recipients, html):
    msg = MIMEMultipart("alternative")
    msg["Subject"] = "Your daily digest"
    msg["From"] = SMTP_USER
    msg["To"] = ", ".join(recipients)
    msg.attach(MIMEText(html, "html"))
    return msg


def send_plain(recipients, html):
    server = smtplib.SMTP(SMTP_HOST, SMTP_PORT)
    server.ehlo()
    if server.has_extn("starttls"):
        server.starttls()
        server.ehlo()
    server.login(SMTP_USER, SMTP_PASS)
    server.sendmail(SMTP_USER, recipients, build_message(recipients, html).as_string())
    server.quit()


def send_client_cert(recipients, html):
    server = smtplib.SMTP_SSL(SMTP_HOST, 465, keyfile=CLIENT_KEY, certfile=CLIENT_CERT)
    server.login(SMTP_USER, SMTP_PASS)
    server.sendmail(SMTP_USER, recipients, build_message(recipients, html).as_string())
    server.quit()


def send_relay(recipients, html):
    relay = smtplib.SMTP("relay.example.net", 25)
    relay.login(SMTP_USER, SMTP_PASS)
    relay.sendmail(SMTP_USER, recipients, build_message(recipients, html).as_string())
    relay.quit()


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--mode", choices=["plain", "cert", "relay"], default="plain")
    p.add_argument("recipients", nargs="+")
    args = p.parse_args(argv)
    html = sys.stdin.read()
    {"plain": send_plain, "cert": send_client_cert, "relay": send_relay}[args.mode](args.recipients, html)


if __name__ == "__main__":
    main()
