"""Crane-cab display link.  Server side accepts the displays; client side polls the PLC."""
import socket

from OpenSSL import SSL

PLC_HOST = "crane-plc-7.terminal-a.example.com"


def poll_plc():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.load_verify_locations("/etc/harbor/plc-ca.pem")
    conn = SSL.Connection(ctx, socket.create_connection((PLC_HOST, 4840)))
    conn.set_tlsext_host_name(PLC_HOST.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn.recv(512)


def accept_display(listener):
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_certificate_file("/etc/harbor/cab.crt")
    ctx.use_privatekey_file("/etc/harbor/cab.key")
    ctx.set_verify(SSL.VERIFY_NONE, None)
    sock, _ = listener.accept()
    conn = SSL.Connection(ctx, sock)
    conn.set_accept_state()
    return conn
