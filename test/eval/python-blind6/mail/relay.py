"""Async SMTP relay for transactional mail (aiosmtplib)."""
import os
import ssl
from email.message import EmailMessage

import aiosmtplib

RELAY_HOST = "smtp-relay.acme-corp.net"
RELAY_CA = "/etc/ssl/certs/relay-ca.pem"
VALIDATE = os.getenv("RELAY_VALIDATE_CERTS", "true").lower() != "false"


async def send(msg: EmailMessage, password: str):
    await aiosmtplib.send(
        msg,
        hostname=RELAY_HOST,
        port=587,
        start_tls=True,
        username="mailer",
        password=password,
        validate_certs=VALIDATE,
        cert_bundle=RELAY_CA,
    )


class BulkRelay:
    def __init__(self, password: str):
        self._smtp = aiosmtplib.SMTP(hostname="bulk-relay.mailvendor.net", port=465, use_tls=True, validate_certs=False)
        self._password = password

    async def __aenter__(self):
        await self._smtp.connect()
        await self._smtp.login("acme-bulk", self._password)
        return self

    async def __aexit__(self, *exc):
        await self._smtp.quit()

    async def send(self, msg: EmailMessage):
        await self._smtp.send_message(msg)


async def send_verified(msg: EmailMessage, password: str):
    ctx = ssl.create_default_context(cafile=RELAY_CA)
    smtp = aiosmtplib.SMTP(hostname=RELAY_HOST, port=465, use_tls=True, tls_context=ctx)
    async with smtp:
        await smtp.login("mailer", password)
        await smtp.send_message(msg)
