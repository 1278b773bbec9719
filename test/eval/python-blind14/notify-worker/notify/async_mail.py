from email.message import EmailMessage

import aiosmtplib

from notify import settings


async def send_receipt(msg: EmailMessage) -> None:
    await aiosmtplib.send(
        msg,
        hostname=settings.SMTP_HOST,
        port=587,
        start_tls=True,
        username=settings.SMTP_USER,
        password=settings.SMTP_PASSWORD,
        tls_context=settings.tls_context(),
    )


async def send_via_marketing_relay(msg: EmailMessage) -> None:
    smtp = aiosmtplib.SMTP(hostname="relay.marketing-vendor.example.net", port=465, use_tls=True, validate_certs=False)
    await smtp.connect()
    await smtp.login("example", settings.SMTP_PASSWORD)
    await smtp.send_message(msg)
    await smtp.quit()
