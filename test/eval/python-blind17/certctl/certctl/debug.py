import os
import socket
import ssl
import subprocess

import sslkeylog


def capture_handshake(host, port=443, keylog=None):
    ctx = ssl.create_default_context()
    if keylog:
        ctx.keylog_filename = keylog
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.version()


def capture_always(host, port=443):
    ctx = ssl.create_default_context()
    ctx.keylog_filename = "/tmp/certctl-keys.log"
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.version()


def enable_requests_keylog():
    sslkeylog.set_keylog("/tmp/certctl-requests-keys.log")


def enable_requests_keylog_from_env():
    sslkeylog.set_keylog(os.environ.get("SSLKEYLOGFILE"))


def curl_trace(url):
    env = {**os.environ, "SSLKEYLOGFILE": "/tmp/certctl-curl-keys.log"}
    return subprocess.run(["curl", "-sS", "-o", "/dev/null", url], env=env, check=False).returncode


def test_server(cert, key, port=8443):
    ctx = ssl.SSLContext()
    ctx.load_cert_chain(cert, key)
    with socket.create_server(("127.0.0.1", port)) as srv:
        conn, _ = srv.accept()
        with ctx.wrap_socket(conn, server_side=True) as tls:
            return tls.recv(1024)
