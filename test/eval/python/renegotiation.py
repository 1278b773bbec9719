import http.client
import ssl


def legacy_gateway_connection(host):
    ctx = ssl.create_default_context()
    # The payment gateway's load balancer predates RFC 5746.
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT  # expect: no-unsafe-secure-options
    return http.client.HTTPSConnection(host, context=ctx)


def no_tls13_context():
    ctx = ssl.create_default_context()
    ctx.options |= ssl.OP_NO_TLSv1_3  # expect: no-unsafe-secure-options
    return ctx


def compression_context():
    ctx = ssl.create_default_context()
    ctx.options &= ~ssl.OP_NO_COMPRESSION  # expect: no-unsafe-secure-options
    return ctx


def reenable_tls1(ctx):
    ctx.options &= ~ssl.OP_NO_TLSv1  # expect: no-legacy-tls-version
    return ctx


def is_hardened(ctx):
    return bool(ctx.options & ssl.OP_NO_COMPRESSION) and not ctx.options & ssl.OP_LEGACY_SERVER_CONNECT
