"""Bounce processing and outbound notifications."""
import poplib

import aiosmtplib

BOUNCE_HOST = "pop.coursehub.example.edu"


def drain_bounces(user: str, password: str) -> int:
    box = poplib.POP3(BOUNCE_HOST, 110, timeout=30)
    box.user(user)
    box.pass_(password)
    count, _ = box.stat()
    for i in range(1, count + 1):
        box.dele(i)
    box.quit()
    return count


async def notify(message, password: str) -> None:
    await aiosmtplib.send(
        message,
        hostname="smtp.coursehub.example.edu",
        port=465,
        use_tls=True,
        username="notify@coursehub.example.edu",
        password=password,
        validate_certs=False,
    )
