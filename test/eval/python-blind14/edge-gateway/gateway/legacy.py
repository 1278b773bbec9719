"""Connections to the appliances in the old data centre."""
import socket
import ssl

APPLIANCE_CA = "/etc/gateway/appliance-ca.pem"


def appliance_socket(host: str, port: int = 8443) -> ssl.SSLSocket:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_verify_locations(APPLIANCE_CA)
    raw = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(raw, server_hostname=host)


def kvm_socket(host: str) -> ssl.SSLSocket:
    # The KVM switches top out at TLS 1.0.
    ctx = ssl.create_default_context(cafile=APPLIANCE_CA)
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    raw = socket.create_connection((host, 443), timeout=10)
    return ctx.wrap_socket(raw, server_hostname=host)


def metrics_socket(host: str, port: int = 2004) -> ssl.SSLSocket:
    raw = socket.create_connection((host, port), timeout=10)
    return ssl.wrap_socket(raw, ca_certs=APPLIANCE_CA, cert_reqs=ssl.CERT_REQUIRED)


def syslog_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=APPLIANCE_CA)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx
