import socket
import ssl
import types

import pytest

from certwatch.tlsutil import describe


def test_probe_self_signed(tls_server):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    host, port = tls_server.address
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw) as tls:
            assert tls.recv(6) == b"hello\n"


def test_describe_unverified():
    fake = types.SimpleNamespace(verify_mode=ssl.CERT_NONE, check_hostname=False)
    assert describe(fake) == "no verification"


def test_weak_cipher_rejected():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("RC4-MD5")
