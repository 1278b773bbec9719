import socket
import ssl


def serve(port=8443):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain("server.crt", "server.key")
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    with socket.create_server(("", port)) as listener:
        while True:
            conn, _ = listener.accept()
            with ctx.wrap_socket(conn, server_side=True) as tls:
                tls.sendall(tls.recv(1024))
