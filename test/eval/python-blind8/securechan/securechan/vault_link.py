import json
import socket

from OpenSSL import SSL

VAULT = ("vault.internal.example", 8200)


def _context():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_1_VERSION)
    ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations("/etc/vault/ca.pem")
    return ctx


def read_secret(path, token):
    conn = SSL.Connection(_context(), socket.create_connection(VAULT))
    conn.set_tlsext_host_name(VAULT[0].encode())
    conn.set_connect_state()
    conn.do_handshake()
    conn.sendall(f"GET /v1/{path} HTTP/1.1\r\nHost: {VAULT[0]}\r\nX-Vault-Token: {token}\r\nConnection: close\r\n\r\n".encode())
    chunks = []
    while True:
        try:
            data = conn.recv(65536)
        except SSL.ZeroReturnError:
            break
        if not data:
            break
        chunks.append(data)
    conn.shutdown()
    conn.close()
    body = b"".join(chunks).split(b"\r\n\r\n", 1)[1]
    return json.loads(body)["data"]
