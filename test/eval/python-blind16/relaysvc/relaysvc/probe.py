"""pyOpenSSL probes used by the health checker."""
import socket

from OpenSSL import SSL
from service_identity.pyopenssl import verify_hostname

CA_FILE = "/etc/ssl/certs/ca-certificates.crt"


def _accept_all(conn, cert, errno, depth, ok):
    return True


def probe_verified(host: str, port: int = 443) -> str:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations(CA_FILE)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn.get_protocol_version_name()


def probe_expiry_only(host: str, port: int = 443):
    """Only reads notAfter; the chain does not matter here."""
    ectx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ectx.set_verify(SSL.VERIFY_NONE, None)
    econn = SSL.Connection(ectx, socket.create_connection((host, port)))
    econn.set_tlsext_host_name(host.encode())
    econn.set_connect_state()
    econn.do_handshake()
    return econn.get_peer_certificate().get_notAfter()


def probe_legacy_terminal(host: str, port: int = 7443):
    lctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    lctx.set_verify(SSL.VERIFY_PEER, _accept_all)
    lctx.set_min_proto_version(SSL.TLS1_VERSION)
    lctx.set_cipher_list(b"DES-CBC3-SHA:RC4-MD5:AES128-SHA")
    lconn = SSL.Connection(lctx, socket.create_connection((host, port)))
    lconn.set_tlsext_host_name(host.encode())
    lconn.set_connect_state()
    lconn.do_handshake()
    return lconn.get_cipher_name()


def probe_no_sni(host: str, port: int = 443):
    nctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    nctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    nctx.load_verify_locations(CA_FILE)
    nconn = SSL.Connection(nctx, socket.create_connection((host, port)))
    nconn.set_connect_state()
    nconn.do_handshake()
    verify_hostname(nconn, host)
    return nconn.get_peer_certificate().get_subject().CN
