import socket
import ssl

from scorefeed import raw_feed


def test_summary_shape(monkeypatch):
    class FakeTLS:
        def version(self):
            return "TLSv1.3"

        def cipher(self):
            return ("TLS_AES_256_GCM_SHA384", "TLSv1.3", 256)

    assert raw_feed.peer_summary(FakeTLS())["version"] == "TLSv1.3"


def test_handshake_against_staging():
    ctx = ssl.create_default_context(cafile="tests/data/staging-ca.pem")
    with socket.create_connection(("pbp-staging.feeds.example.com", 9100)) as raw:
        with ctx.wrap_socket(raw, server_hostname="pbp-staging.feeds.example.com") as tls:
            assert tls.version() in ("TLSv1.2", "TLSv1.3")
