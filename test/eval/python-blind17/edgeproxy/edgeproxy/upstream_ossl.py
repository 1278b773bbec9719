import socket

from OpenSSL import SSL
from service_identity.pyopenssl import verify_hostname

CA = "/etc/edgeproxy/upstream-ca.pem"


def _verify_cb(conn, cert, errno, depth, ok):
    return ok


def verified_connection(host, port=443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _verify_cb)
    ctx.load_verify_locations(CA)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_cipher_list(b"ECDHE+AESGCM:ECDHE+CHACHA20")
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn


def metrics_connection(host, port=9443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, lambda *args: True)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn


def _accept_all(conn, cert, errno, depth, ok):
    return True


def partner_connection(host, port=443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _accept_all)
    ctx.load_verify_locations(CA)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn


def legacy_bank_connection(host, port=443):
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _verify_cb)
    ctx.load_verify_locations(CA)
    ctx.set_cipher_list(b"AES256-SHA:DES-CBC3-SHA")
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn


def ledger_connection(port=443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _verify_cb)
    ctx.load_verify_locations(CA)
    conn = SSL.Connection(ctx, socket.create_connection(("ledger.bank.example.com", port)))
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, "ledger.bank.example.com")
    return conn


def terminate(sock, cert_file, key_file):
    sctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    sctx.use_certificate_chain_file(cert_file)
    sctx.use_privatekey_file(key_file)
    sctx.set_options(SSL.OP_NO_COMPRESSION)
    conn = SSL.Connection(sctx, sock)
    conn.set_accept_state()
    return conn
