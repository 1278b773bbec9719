"""Raw TLS sockets for the appliance health checks."""
import socket
import ssl

APPLIANCE_CA = "/etc/netops/appliance-ca.pem"


def syslog_uplink(host="logs.netops.example.com", port=6514):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_verify_locations(APPLIANCE_CA)
    sock = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(sock, server_hostname=host)


def radius_tls(host="radius.netops.example.com", port=2083):
    ctx = ssl.SSLContext()
    sock = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(sock, server_hostname=host)


def radius_tls_verified(host="radius.netops.example.com", port=2083):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(APPLIANCE_CA)
    sock = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(sock, server_hostname=host)


def old_ups(host="ups-b2.netops.example.com", port=443):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations(APPLIANCE_CA)
    return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)


def pdu_context():
    ctx = ssl.create_default_context(cafile=APPLIANCE_CA)
    ctx.options &= ~ssl.OP_NO_TLSv1_1
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.set_ecdh_curve("prime192v1")
    return ctx


def switch_context():
    ctx = ssl.create_default_context(cafile=APPLIANCE_CA)
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    ctx.options |= ssl.OP_NO_TLSv1_3
    return ctx


def hardened_context():
    ctx = ssl.create_default_context(cafile=APPLIANCE_CA)
    ctx.options |= ssl.OP_NO_COMPRESSION
    ctx.options |= ssl.OP_NO_RENEGOTIATION
    ctx.set_ecdh_curve("prime256v1")
    ctx.verify_flags |= ssl.VERIFY_X509_STRICT
    return ctx


def flags_report(ctx):
    flags = []
    if ctx.options & ssl.OP_NO_TLSv1_3:
        flags.append("no-tls13")
    if ctx.options & ssl.OP_LEGACY_SERVER_CONNECT:
        flags.append("legacy-reneg")
    return flags


def tls_server(port=8443):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain("/etc/netops/server.pem")
    ctx.verify_mode = ssl.CERT_OPTIONAL
    lsock = socket.create_server(("0.0.0.0", port))
    return ctx.wrap_socket(lsock, server_side=True)


def client_optional(host="collector.netops.example.com", port=9000):
    ctx = ssl.create_default_context(cafile=APPLIANCE_CA)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_OPTIONAL
    ctx.check_hostname = True
    return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)
