import ssl


def reset_context(ctx: ssl.SSLContext) -> ssl.SSLContext:
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    return ctx


def webhook_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.load_verify_locations("/etc/ssl/certs/webhooks-ca.pem")
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    return ctx


def optional_client_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/webhooks-ca.pem")
    ctx.verify_mode = ssl.CERT_OPTIONAL
    return ctx


def admin_server_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain("/etc/notify/tls.crt", "/etc/notify/tls.key")
    ctx.verify_mode = ssl.CERT_NONE
    return ctx
