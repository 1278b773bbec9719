import socket

from OpenSSL import SSL


def hsm_context() -> SSL.Context:
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.use_certificate_file("/etc/certwatch/client.crt")
    ctx.use_privatekey_file("/etc/certwatch/client.key")
    ctx.set_min_proto_version(SSL.TLS1_1_VERSION)
    return ctx


def server_context() -> SSL.Context:
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_certificate_chain_file("/etc/certwatch/server-chain.pem")
    ctx.use_privatekey_file("/etc/certwatch/server.key")
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_cipher_list(b"ECDHE+AESGCM:ECDHE+CHACHA20")
    ctx.set_options(SSL.OP_NO_COMPRESSION | SSL.OP_CIPHER_SERVER_PREFERENCE)
    return ctx


def push_to_hsm(payload: bytes):
    conn = SSL.Connection(hsm_context(), socket.create_connection(("hsm-gw.vault.example.com", 9443)))
    conn.set_tlsext_host_name(b"hsm-gw.vault.example.com")
    conn.set_connect_state()
    conn.sendall(payload)
    return conn.recv(4096)


def serve(port: int = 9443):
    listener = socket.socket()
    listener.bind(("0.0.0.0", port))
    listener.listen(16)
    while True:
        raw, _ = listener.accept()
        conn = SSL.Connection(server_context(), raw)
        conn.set_accept_state()
        conn.do_handshake()
        conn.sendall(b"certwatch ready\n")
        conn.close()
