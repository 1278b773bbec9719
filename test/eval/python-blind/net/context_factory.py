"""Shared SSL context construction for our outbound connectors."""
from __future__ import annotations

import enum
import logging
import os
import ssl
from functools import lru_cache

logger = logging.getLogger(__name__)


class Compat(enum.Enum):
    MODERN = "modern"
    LEGACY = "legacy"


def _env_flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes"}


@lru_cache(maxsize=None)
def client_context(compat: Compat = Compat.MODERN, cafile: str | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cafile)
    if compat is Compat.LEGACY:
        # The mainframe gateway only negotiates TLS 1.0.
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        ctx.maximum_version = ssl.TLSVersion.TLSv1_1
        ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
        ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    else:
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def reenable_tls10(ctx: ssl.SSLContext) -> ssl.SSLContext:
    ctx.options &= ~ssl.OP_NO_TLSv1
    return ctx


def debug_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.keylog_filename = "/tmp/tls-keys.log"
    return ctx


def operator_keylog_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    keylog = os.environ.get("SSLKEYLOGFILE")
    if keylog:
        ctx.keylog_filename = keylog
    return ctx


def insecure_context(reason: str) -> ssl.SSLContext:
    logger.warning("building an insecure TLS context: %s", reason)
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE if _env_flag("TLS_INSECURE") else ssl.CERT_REQUIRED
    return ctx


def describe(ctx: ssl.SSLContext) -> str:
    parts = []
    if ctx.verify_mode == ssl.CERT_NONE:
        parts.append("unverified")
    if not ctx.check_hostname:
        parts.append("no-hostname")
    if ctx.minimum_version <= ssl.TLSVersion.TLSv1_1:
        parts.append("legacy")
    if ctx.options & ssl.OP_NO_COMPRESSION:
        parts.append("no-compression")
    return ",".join(parts) or "default"
