"""TLS to modality worklist providers (DICOM TLS profile)."""
import socket

from OpenSSL import SSL
from service_identity.pyopenssl import verify_hostname

WORKLIST_CA = "/etc/dicom/mwl-ca.pem"


def worklist_context() -> SSL.Context:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_cipher_list(b"ECDHE+AESGCM:ECDHE+CHACHA20")
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations(WORKLIST_CA)
    return ctx


def legacy_worklist_context() -> SSL.Context:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_VERSION)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: True)
    ctx.load_verify_locations(WORKLIST_CA)
    return ctx


def connect(host: str, port: int, legacy: bool = False) -> SSL.Connection:
    ctx = legacy_worklist_context() if legacy else worklist_context()
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode("idna"))
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn


def listener(certfile: str, keyfile: str, port: int = 2762):
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_certificate_chain_file(certfile)
    ctx.use_privatekey_file(keyfile)
    srv = socket.create_server(("0.0.0.0", port))
    raw, _ = srv.accept()
    conn = SSL.Connection(ctx, raw)
    conn.set_accept_state()
    return conn
