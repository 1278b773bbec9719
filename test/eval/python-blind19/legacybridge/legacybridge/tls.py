"""pyOpenSSL connections to the clearing house and the settlement network."""
import socket

from OpenSSL import SSL
from service_identity.pyopenssl import verify_hostname


def _accept_all(conn, cert, errno, depth, ok):
    return True


def _check(conn, cert, errno, depth, ok):
    return ok


def clearing_context():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _check)
    ctx.load_verify_locations("/etc/bridge/ccp-ca.pem")
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_cipher_list(b"ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL")
    return ctx


def connect_clearing(host, port):
    conn = SSL.Connection(clearing_context(), socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn


def settlement_context():
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _accept_all)
    ctx.set_cipher_list(b"DES-CBC3-SHA:RC4-SHA")
    return ctx


def connect_settlement(port=7443):
    conn = SSL.Connection(settlement_context(), socket.create_connection(("swift-gw.settlement.example.net", port)))
    conn.set_connect_state()
    conn.do_handshake()
    return conn


def ops_console_context():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, None)
    return ctx


def gateway_server_context():
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_privatekey_file("/etc/bridge/server.key")
    ctx.use_certificate_chain_file("/etc/bridge/server.pem")
    ctx.set_verify(SSL.VERIFY_NONE, None)
    ctx.set_options(SSL.OP_NO_SSLv2 | SSL.OP_NO_SSLv3)
    return ctx


def legacy_min_context():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _check)
    ctx.load_verify_locations("/etc/bridge/ccp-ca.pem")
    ctx.set_min_proto_version(SSL.TLS1_VERSION)
    return ctx
