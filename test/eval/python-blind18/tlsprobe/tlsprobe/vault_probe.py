import socket

from OpenSSL import SSL

VAULT_CA = "/etc/ssl/certs/vault-ca.pem"


def vault_status(host: str = "vault.example.com", port: int = 8200) -> bytes:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations(VAULT_CA)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_connect_state()
    conn.do_handshake()
    conn.sendall(b"GET /v1/sys/health HTTP/1.0\r\nHost: vault.example.com\r\n\r\n")
    return conn.recv(4096)
