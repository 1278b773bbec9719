"""Verified pyOpenSSL client for the plant's OPC gateway."""
import socket

from OpenSSL import SSL

OPC_HOST = "opc.plant.acme-corp.net"
PLANT_CA = b"/etc/ssl/certs/plant-ca.pem"


def _verify(conn, cert, errno, depth, ok):
    return bool(ok)


def opc_session(port: int = 4840) -> bytes:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, _verify)
    ctx.load_verify_locations(PLANT_CA)
    conn = SSL.Connection(ctx, socket.create_connection((OPC_HOST, port)))
    conn.set_tlsext_host_name(OPC_HOST.encode())
    conn.set_connect_state()
    conn.do_handshake()
    conn.sendall(b"HELLO\r\n")
    reply = conn.recv(1024)
    conn.shutdown()
    conn.close()
    return reply
