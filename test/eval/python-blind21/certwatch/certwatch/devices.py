import socket

from OpenSSL import SSL


def legacy_device_banner(host):
    """Old building-management controllers only speak TLS 1.0."""
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.set_cipher_list(b"ALL:@SECLEVEL=0")
    ctx.load_verify_locations("/etc/certwatch/devices-ca.pem")
    ctx.set_verify(SSL.VERIFY_PEER, lambda c, x509, errno, depth, ok: ok)
    conn = SSL.Connection(ctx, socket.create_connection((host, 443), timeout=10))
    conn.set_connect_state()
    conn.do_handshake()
    conn.send(b"GET / HTTP/1.0\r\n\r\n")
    return conn.recv(4096)


def ups_status(host):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_1_VERSION)
    ctx.load_verify_locations("/etc/certwatch/devices-ca.pem")
    ctx.set_verify(SSL.VERIFY_PEER, lambda c, x509, errno, depth, ok: ok)
    conn = SSL.Connection(ctx, socket.create_connection((host, 443), timeout=10))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn.recv(1024)
