import os
import smtplib
import ssl

import aiosmtplib


async def send_alert(msg):
    await aiosmtplib.send(msg, hostname="smtp.lab.example.org", port=587, start_tls=True, validate_certs=False, username="labsync", password=os.environ["SMTP_PW"])


async def send_alert_ok(msg):
    await aiosmtplib.send(msg, hostname="smtp.lab.example.org", port=587, start_tls=True, tls_context=ssl.create_default_context())


def send_alert_sync(msg):
    with smtplib.SMTP("smtp.lab.example.org", 587) as s:
        s.starttls(context=ssl.create_default_context(cafile="/etc/labsync/lab-ca.pem"))
        s.login("labsync", os.environ["SMTP_PW"])
        s.send_message(msg)


def send_local(msg):
    with smtplib.SMTP("localhost", 25) as s:
        s.send_message(msg)
