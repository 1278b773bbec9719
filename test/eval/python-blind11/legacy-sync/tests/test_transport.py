import ssl

from legacysync.ciphers import LEGACY_CIPHERS
from legacysync.transport import channel_context


def test_legacy_cipher_list_is_the_agreed_one():
    assert "MEDIUM" in LEGACY_CIPHERS


def test_channel_context_requires_certificates(tmp_path):
    ca = tmp_path / "ca.pem"
    ca.write_text(open("/etc/ssl/certs/ca-certificates.crt").read())
    ctx = channel_context(str(ca))
    assert ctx.verify_mode == ssl.CERT_REQUIRED
