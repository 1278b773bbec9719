import ssl

import aio_pika
import pika

RABBIT_HOST = "rabbit.events.example.com"


def _amqp_context(strict=True):
    ctx = ssl.create_default_context(cafile="/etc/ledger/rabbit-ca.pem")
    if not strict:
        ctx.check_hostname = False
    return ctx


def blocking_connection(password):
    params = pika.ConnectionParameters(
        host=RABBIT_HOST,
        port=5671,
        credentials=pika.PlainCredentials("ledger", password),
        ssl_options=pika.SSLOptions(_amqp_context(), RABBIT_HOST),
    )
    return pika.BlockingConnection(params)


def mirror_connection(password):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations("/etc/ledger/rabbit-ca.pem")
    ctx.check_hostname = False
    params = pika.ConnectionParameters(
        host="10.20.0.15",
        port=5671,
        credentials=pika.PlainCredentials("ledger", password),
        ssl_options=pika.SSLOptions(ctx),
    )
    return pika.BlockingConnection(params)


async def async_connection(password):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return await aio_pika.connect_robust(
        host="rabbit-dr.events.example.com",
        port=5671,
        login="ledger",
        password=password,
        ssl=True,
        ssl_context=ctx,
    )
