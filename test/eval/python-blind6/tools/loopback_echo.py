"""Local TLS echo server used when reproducing client bugs."""
import socket
import ssl


def serve(cert, key, port=9443):
    ctx = ssl.SSLContext()
    ctx.load_cert_chain(cert, key)
    with socket.create_server(("127.0.0.1", port)) as srv:
        with ctx.wrap_socket(srv, server_side=True) as tls_srv:
            conn, _ = tls_srv.accept()
            with conn:
                conn.sendall(conn.recv(4096))
