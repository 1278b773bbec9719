import socket

from OpenSSL import SSL


def fetch_banner(host, port=993):
    ctx = SSL.Context(SSL.TLSv1_METHOD)  # expect: no-legacy-tls-version
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations("/etc/ssl/certs/ca-certificates.crt")
    sock = socket.create_connection((host, port))
    conn = SSL.Connection(ctx, sock)  # expect: require-servername
    conn.set_connect_state()
    conn.do_handshake()
    return conn.recv(1024)


def fetch_banner_sni(host, port=993):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations("/etc/ssl/certs/ca-certificates.crt")
    sock = socket.create_connection((host, port))
    conn = SSL.Connection(ctx, sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn.recv(1024)
