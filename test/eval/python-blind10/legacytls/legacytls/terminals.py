"""Talks to the payment terminals with pyOpenSSL."""
import socket

from OpenSSL import SSL
from service_identity.pyopenssl import verify_hostname

from .contexts import hsm_context, terminal_context


def poll_terminal(host, port=9100):
    sock = socket.create_connection((host, port), timeout=5)
    conn = SSL.Connection(terminal_context(), sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    conn.sendall(b"POLL\n")
    return conn.recv(1024)


def query_hsm(host):
    sock = socket.create_connection((host, 1500), timeout=5)
    conn = SSL.Connection(hsm_context(), sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn


def firmware_probe(host):
    """Terminals with firmware < 4 only speak TLS 1.0."""
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, lambda *args: True)
    conn = SSL.Connection(ctx, socket.create_connection((host, 9100)))
    conn.set_connect_state()
    conn.do_handshake()
    version = conn.get_protocol_version_name()
    conn.shutdown()
    return version


def bulk_probe(host):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_cipher_list(b"ALL:eNULL")
    conn = SSL.Connection(ctx, socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    conn.set_tlsext_host_name(host.encode())
    conn.connect((host, 9101))
    return conn
