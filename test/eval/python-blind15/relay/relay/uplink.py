"""pyOpenSSL uplink to the SIEM collectors."""
import socket

from OpenSSL import SSL, crypto
from service_identity.pyopenssl import verify_hostname

SIEM_CA = "/etc/relay/siem-ca.pem"


def _verify_cb(conn, cert, errno, depth, ok):
    return ok


def collector_context():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _verify_cb)
    ctx.load_verify_locations(SIEM_CA)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_cipher_list(b"ECDHE+AESGCM:ECDHE+CHACHA20")
    return ctx


def connect_collector(host, port=6514):
    conn = SSL.Connection(collector_context(), socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn


def legacy_collector_context():
    """The 2014 ArcSight connector only speaks TLS 1.0."""
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: True)
    ctx.load_verify_locations(SIEM_CA)
    ctx.set_cipher_list(b"ALL:@SECLEVEL=0")
    return ctx


def connect_legacy(host="arcsight.siem.example.com", port=6514):
    conn = SSL.Connection(legacy_collector_context(), socket.create_connection((host, port)))
    conn.set_connect_state()
    conn.do_handshake()
    return conn


def backup_collector_context():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, None)
    ctx.set_min_proto_version(SSL.TLS1_1_VERSION)
    return ctx


def connect_backup(host="siem-backup.example.com", port=6514):
    conn = SSL.Connection(backup_collector_context(), socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn
