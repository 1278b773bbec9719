import aiosmtplib

from .settings import SMTP


async def send_async(msg):
    await aiosmtplib.send(
        msg,
        hostname=SMTP["host"],
        port=465,
        use_tls=True,
        username=SMTP["user"],
        password=SMTP["password"],
        validate_certs=False,
    )


async def send_async_verified(msg):
    await aiosmtplib.send(msg, hostname=SMTP["host"], port=465, use_tls=True, username=SMTP["user"], password=SMTP["password"], validate_certs=True)
