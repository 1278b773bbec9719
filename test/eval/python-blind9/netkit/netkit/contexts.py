import socket
import ssl

CA_FILE = "/etc/ssl/certs/ca-certificates.crt"


def legacy_client_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_verify_locations(CA_FILE)
    return ctx


def chain_only_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(CA_FILE)
    ctx.check_hostname = False
    return ctx


def bare_client(host, port):
    ctx = ssl.SSLContext()
    sock = socket.create_connection((host, port))
    return ctx.wrap_socket(sock, server_hostname=host)


def server_context(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_cert_chain(cert, key)
    ctx.set_ecdh_curve("secp192r1")
    ctx.load_dh_params("/etc/netkit/dh1024.pem")
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    return ctx


def serve_once(ctx, port):
    with socket.create_server(("0.0.0.0", port)) as srv:
        conn, _ = srv.accept()
        return ctx.wrap_socket(conn, server_side=True)


def relaxed_context():
    ctx = ssl.create_default_context()
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    ctx.options &= ~ssl.OP_NO_TLSv1
    return ctx


def modern_context():
    ctx = ssl.create_default_context(cafile=CA_FILE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ecdh_curve("prime256v1")
    ctx.set_alpn_protocols(["h2", "http/1.1"])
    ctx.verify_flags |= ssl.VERIFY_X509_STRICT
    return ctx


def npn_context():
    ctx = modern_context()
    ctx.set_npn_protocols(["spdy/3", "http/1.1"])
    return ctx


def no_tls13():
    ctx = ssl.create_default_context()
    ctx.options |= ssl.OP_NO_TLSv1_3
    return ctx


def probe_flags(ctx):
    if ctx.options & ssl.OP_NO_TLSv1_3:
        return "no TLS 1.3"
    if ctx.minimum_version <= ssl.TLSVersion.TLSv1_1:
        return "legacy floor"
    return "ok"
