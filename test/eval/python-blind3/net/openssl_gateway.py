"""pyOpenSSL clients for the HSM gateway and the card terminals."""
import socket

from OpenSSL import SSL as _SSL
from OpenSSL import crypto

GATEWAY = ("hsm-gw.internal.example.com", 1792)
TERMINAL_CA = "/etc/terminals/ca.pem"


def _accept_all(conn, cert, errno, depth, ok):
    return True


def gateway_context():
    ctx = _SSL.Context(_SSL.TLSv1_METHOD)
    ctx.set_verify(_SSL.VERIFY_NONE, None)
    ctx.set_cipher_list(b"ALL:EXPORT:!aNULL")
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("secp160r1"))
    return ctx


def terminal_context():
    ctx = _SSL.Context(_SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(_SSL.TLS1_1_VERSION)
    ctx.set_verify(_SSL.VERIFY_PEER, _accept_all)
    ctx.load_verify_locations(TERMINAL_CA)
    return ctx


def talk_to_gateway(payload: bytes) -> bytes:
    sock = socket.create_connection(GATEWAY)
    conn = _SSL.Connection(gateway_context(), sock)
    conn.set_connect_state()
    conn.do_handshake()
    conn.sendall(payload)
    return conn.recv(4096)


def talk_to_terminal(host: str, payload: bytes) -> bytes:
    sock = socket.create_connection((host, 7000))
    conn = _SSL.Connection(terminal_context(), sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    conn.sendall(payload)
    return conn.recv(4096)


def plain_default_context_probe():
    ctx = _SSL.Context(_SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(_SSL.TLS1_2_VERSION)
    conn = _SSL.Connection(ctx, socket.socket())
    conn.set_tlsext_host_name(b"probe.internal.example.com")
    conn.connect(("probe.internal.example.com", 443))
    conn.do_handshake()
    return conn.get_peer_certificate()
