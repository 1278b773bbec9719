import asyncio
import ssl

import pytest

from edgeprobe import tls


def test_client_context_is_hardened():
    ctx = tls.client_context(cafile=None)
    assert ctx.minimum_version == ssl.TLSVersion.TLSv1_2
    assert ctx.options & ssl.OP_NO_COMPRESSION
    assert ctx.verify_mode == ssl.CERT_REQUIRED


def test_rejects_legacy_version():
    ctx = tls.client_context(cafile=None)
    if ctx.maximum_version == ssl.TLSVersion.TLSv1_1:
        pytest.fail("legacy max version")
