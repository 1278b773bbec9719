"""Internal TLS listener for the ledger replicas."""
import socket
import ssl

CERT = "/etc/ledger/server.crt"
KEY = "/etc/ledger/server.key"


def server_context():
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(CERT, KEY)
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5")
    ctx.set_ecdh_curve("prime256v1")
    return ctx


def legacy_server_context():
    ctx = ssl.SSLContext()
    ctx.load_cert_chain(CERT, KEY)
    return ctx


def serve(port=7443, legacy=False):
    ctx = legacy_server_context() if legacy else server_context()
    with socket.create_server(("0.0.0.0", port)) as srv:
        while True:
            conn, _ = srv.accept()
            with ctx.wrap_socket(conn, server_side=True) as tls:
                tls.sendall(b"ledger-replica ready\n")


def tuned_server_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT, KEY)
    ctx.set_ecdh_curve("secp192r1")
    ctx.load_dh_params("/etc/ledger/dh1024.pem")
    ctx.options |= ssl.OP_NO_TLSv1
    return ctx


def replica_listener(port=7445):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_cert_chain(CERT, KEY)
    with socket.create_server(("0.0.0.0", port)) as srv:
        conn, _ = srv.accept()
        return ctx.wrap_socket(conn, server_side=True)
