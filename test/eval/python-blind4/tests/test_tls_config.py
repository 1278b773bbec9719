import ssl

import pytest

from harbor.net import legacy_ctx
from harbor.sdk.session import HarborSession, SandboxSession


def test_session_uses_ca_bundle():
    s = HarborSession("https://api.harbor.example")
    assert s.verify == "/etc/harbor/ca-bundle.pem"


def test_sandbox_flag():
    assert SandboxSession.verify_tls is False


def test_modern_context_minimum():
    ctx = legacy_ctx.modern_context()
    assert ctx.minimum_version == ssl.TLSVersion.TLSv1_2
    assert ctx.verify_mode != ssl.CERT_NONE


def test_null_cipher_rejected_by_handshake():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("eNULL")


def test_echo(tls_echo_server, client_ctx):
    import socket

    with socket.create_connection(("127.0.0.1", tls_echo_server)) as raw:
        with client_ctx.wrap_socket(raw, server_hostname="localhost") as tls:
            tls.sendall(b"ping")
            assert tls.recv(4) == b"ping"
