from email.message import EmailMessage

import aiosmtplib

from .config import get_settings


async def send_alert(subject: str, body: str, to: str):
    s = get_settings()
    msg = EmailMessage()
    msg["From"] = s.smtp_user
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    await aiosmtplib.send(
        msg,
        hostname=s.smtp_host,
        port=587,
        start_tls=True,
        username=s.smtp_user,
        password=s.smtp_password,
    )


async def send_via_relay(msg: EmailMessage):
    client = aiosmtplib.SMTP(hostname="relay.dc1.example.com", port=465, use_tls=True, validate_certs=False)
    async with client:
        await client.send_message(msg)
