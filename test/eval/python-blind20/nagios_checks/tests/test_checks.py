import smtplib
import ssl
from unittest import mock

import pytest

from checks import check_smtp, check_tls_cert


def test_insecure_flag_turns_off_verification():
    with mock.patch("socket.create_connection"), mock.patch("ssl.SSLContext.wrap_socket") as wrap:
        wrap.return_value.__enter__.return_value.getpeercert.return_value = b""
        wrap.return_value.__enter__.return_value.version.return_value = "TLSv1.3"
        check_tls_cert.fetch_cert("example.org", 443, insecure=True)


def test_cipher_string_rejected():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("NULL-MD5")


def test_smtps_with_mock():
    with mock.patch.object(smtplib, "SMTP_SSL") as smtps:
        smtps.return_value.__enter__.return_value.noop.return_value = (250, b"ok")
        assert check_smtp.check_smtps("mx.test", "u", "p") == 250
