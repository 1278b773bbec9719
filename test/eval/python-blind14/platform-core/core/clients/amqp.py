import ssl

import aio_pika

from core.settings import settings


async def connect() -> aio_pika.abc.AbstractRobustConnection:
    ctx = ssl.create_default_context(cafile=settings.ca_bundle)
    return await aio_pika.connect_robust(settings.amqp_url, ssl_context=ctx)


async def connect_partner_broker(url: str) -> aio_pika.abc.AbstractRobustConnection:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return await aio_pika.connect_robust(url, ssl_context=ctx)
