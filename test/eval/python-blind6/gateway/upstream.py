"""Raw TLS connections from the gateway to upstream services."""
import os
import socket
import ssl

BILLING_HOST = "billing.internal.acme-corp.net"
BILLING_PORT = 7443
INTERNAL_CA = "/etc/ssl/certs/internal-ca.pem"


class UpstreamLink:
    keylog = "/var/log/gateway/upstream-keys.log"

    def __init__(self, host=BILLING_HOST, port=BILLING_PORT):
        self.host = host
        self.port = port
        self.ctx = ssl.create_default_context(cafile=INTERNAL_CA)
        self.ctx.keylog_filename = self.keylog

    def open(self):
        raw = socket.create_connection((self.host, self.port), timeout=10)
        return self.ctx.wrap_socket(raw, server_hostname=self.host)


class LegacyUpstreamLink(UpstreamLink):
    """The old billing box speaks TLS 1.1 at most and its certificate names the box's serial."""

    def __init__(self, host=BILLING_HOST, port=BILLING_PORT):
        super().__init__(host, port)
        self.ctx.check_hostname = False
        self.ctx.maximum_version = ssl.TLSVersion.TLSv1_1
        self.ctx.options &= ~ssl.OP_NO_TLSv1_1
        self.ctx.options |= ssl.OP_NO_TLSv1_3

    def open(self):
        raw = socket.create_connection((BILLING_HOST, self.port), timeout=10)
        return self.ctx.wrap_socket(raw)


def scanner_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def certificate_expiry(host, port=443):
    """Used by the expiry dashboard."""
    ctx = scanner_context()
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            cert = tls.getpeercert()
            if not cert:
                raise ValueError(f"{host} sent no certificate")
            return cert["notAfter"]


def certificate_fingerprint(host, port=443):
    ctx = scanner_context()
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.getpeercert(binary_form=True)


def metrics_push(payload: bytes):
    ctx = ssl.SSLContext()
    ctx.load_verify_locations(INTERNAL_CA)
    with socket.create_connection(("metrics.internal.acme-corp.net", 2003)) as raw:
        with ctx.wrap_socket(raw, server_hostname="metrics.internal.acme-corp.net") as tls:
            tls.sendall(payload)


def legacy_syslog(message: bytes):
    raw = socket.create_connection(("syslog.internal.acme-corp.net", 6514))
    tls = ssl.wrap_socket(raw, ciphers="ALL:@SECLEVEL=0")
    tls.sendall(message)
    tls.close()


def debug_keylog_context():
    ctx = ssl.create_default_context(cafile=INTERNAL_CA)
    if os.environ.get("GATEWAY_TLS_DEBUG"):
        ctx.keylog_filename = "/tmp/gateway-keys.log"
    return ctx
