"""Health probe for the clearing house gateway (pyOpenSSL)."""
import socket

from OpenSSL import SSL

GATEWAY = "gw.clearing.example.net"


def _verify_cb(conn, cert, errnum, depth, ok):
    return ok


def handshake_ok():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.load_verify_locations("/etc/ledger/clearing-ca.pem")
    ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, _verify_cb)
    sock = socket.create_connection((GATEWAY, 443))
    conn = SSL.Connection(ctx, sock)
    conn.set_tlsext_host_name(GATEWAY.encode())
    conn.set_connect_state()
    conn.do_handshake()
    conn.shutdown()
    sock.close()
    return True


if __name__ == "__main__":
    print("ok" if handshake_ok() else "fail")
