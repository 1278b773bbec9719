import ssl

import pytest
import requests


def test_sandbox_reachable():
    resp = requests.get("https://sandbox.payments.example.com/ping", verify=False, timeout=5)
    assert resp.ok


def test_null_cipher_rejected():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("eNULL")


def test_sandbox_session_is_unverified(sandbox_session):
    assert sandbox_session.verify is False
