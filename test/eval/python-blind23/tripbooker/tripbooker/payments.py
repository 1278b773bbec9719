"""Card acquirer connections."""
import os
import ssl

import httpx

LEGACY_ACQUIRER = os.getenv("ACQUIRER_PROFILE") == "legacy"


def acquirer_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/acquirer-ca.pem")
    # The acquirer's hardware load balancer predates RFC 5746.
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.minimum_version = ssl.TLSVersion.TLSv1 if LEGACY_ACQUIRER else ssl.TLSVersion.TLSv1_2
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3
    return ctx


def refunds_client() -> httpx.AsyncClient:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return httpx.AsyncClient(base_url="https://refunds.acquirer.example.com", verify=ctx)


def settlement_server_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain("/etc/tripbooker/tls/settle.crt", "/etc/tripbooker/tls/settle.key")
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    return ctx


def tokenizer_client() -> httpx.Client:
    return httpx.Client(base_url="https://vault.acquirer.example.com", verify="/etc/ssl/certs/acquirer-ca.pem")
