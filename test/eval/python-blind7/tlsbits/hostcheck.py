import ssl


def check_peer(sock, host):
    cert = sock.getpeercert()
    ssl.match_hostname(cert, host)
    return cert


def alpn_context():
    ctx = ssl.create_default_context()
    ctx.set_alpn_protocols(["h2", "http/1.1"])
    ctx.set_npn_protocols(["h2", "http/1.1"])
    return ctx


def server_ctx():
    ctx = ssl.SSLContext(ssl.PROTOCOL_SSLv23)
    ctx.load_cert_chain("/etc/tlsbits/server.pem")
    return ctx


def hardened_client():
    ctx = ssl.create_default_context()
    ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    return ctx


def has_legacy_api():
    return hasattr(ssl, "wrap_socket") and ssl.HAS_NPN
