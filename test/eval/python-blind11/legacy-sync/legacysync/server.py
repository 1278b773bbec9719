import socket
import ssl
import threading

from .ciphers import MODERN_CIPHERS


def make_server_context(certfile, keyfile):
    ctx = ssl.SSLContext(ssl.PROTOCOL_SSLv23)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.set_ciphers(MODERN_CIPHERS)
    ctx.set_npn_protocols(["sync/2", "sync/1"])
    return ctx


def serve(port, certfile, keyfile, handler):
    ctx = make_server_context(certfile, keyfile)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("0.0.0.0", port))
    listener.listen(16)
    while True:
        newsock, addr = listener.accept()
        conn = ctx.wrap_socket(newsock, server_side=True)
        threading.Thread(target=handler, args=(conn, addr)).start()
