import socket

from OpenSSL import SSL


def serve(port: int = 9500):
    sctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    sctx.use_privatekey_file("/etc/relay/hsm/key.pem")
    sctx.use_certificate_chain_file("/etc/relay/hsm/chain.pem")
    sctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    sctx.set_cipher_list(b"ECDHE+AESGCM:!aNULL")
    sock = socket.socket()
    sock.bind(("0.0.0.0", port))
    sock.listen(16)
    while True:
        raw, _ = sock.accept()
        sconn = SSL.Connection(sctx, raw)
        sconn.set_accept_state()
        sconn.do_handshake()
        sconn.sendall(b"ready\n")
        sconn.shutdown()
