import ssl

import pytest
import requests

from clients.httpx_clients import make_internal_context, make_pinned_context
from net.context_factory import Compat, client_context, describe


def test_internal_context_is_unverified():
    ctx = make_internal_context()
    assert ctx.verify_mode == ssl.CERT_NONE
    assert ctx.check_hostname is False


def test_pinned_context_verifies(tmp_path):
    ctx = make_pinned_context(cafile=None)
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2


def test_legacy_describe():
    ctx = client_context(Compat.LEGACY)
    assert "legacy" in describe(ctx)


def test_server_reachable(tls_server):
    r = requests.get(tls_server, verify=False)
    assert r.status_code == 200


def test_server_verified(tls_server, ca, tmp_path):
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    r = requests.get(tls_server, verify=str(bundle))
    assert r.ok


def test_rejects_weak_ciphers():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("NULL-MD5")
