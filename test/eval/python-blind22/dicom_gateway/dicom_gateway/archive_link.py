"""TLS link to the long-term archive (VNA) for C-STORE forwarding."""
import socket

from OpenSSL import SSL

ARCHIVE_CA = "/etc/dicom/vna-ca.pem"


def _verify_cb(conn, cert, errnum, depth, ok):
    return ok


def archive_context() -> SSL.Context:
    ctx = SSL.Context(SSL.TLSv1_1_METHOD)
    ctx.set_cipher_list(b"RC4-SHA:AES128-SHA")
    ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, _verify_cb)
    ctx.load_verify_locations(ARCHIVE_CA)
    return ctx


def connect_archive(host: str, port: int = 2762) -> SSL.Connection:
    sock = socket.create_connection((host, port))
    conn = SSL.Connection(archive_context(), sock)
    conn.set_connect_state()
    conn.do_handshake()
    return conn


def send_pdu(conn: SSL.Connection, pdu: bytes) -> None:
    conn.sendall(pdu)
