from OpenSSL import SSL

KEY = "/etc/relay/tls/relay.key"
CERT = "/etc/relay/tls/relay.crt"
CA = "/etc/relay/tls/ca.pem"


def modern_server_context() -> SSL.Context:
    srv = SSL.Context(SSL.TLS_SERVER_METHOD)
    srv.use_privatekey_file(KEY)
    srv.use_certificate_file(CERT)
    srv.set_min_proto_version(SSL.TLS1_2_VERSION)
    srv.set_cipher_list(b"ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL")
    srv.set_verify(SSL.VERIFY_NONE, None)
    return srv


def kiosk_server_context() -> SSL.Context:
    legacy = SSL.Context(SSL.TLSv1_METHOD)
    legacy.use_privatekey_file(KEY)
    legacy.use_certificate_file(CERT)
    legacy.set_cipher_list(b"RC4-SHA:AES128-SHA")
    return legacy


def upstream_client_context() -> SSL.Context:
    client = SSL.Context(SSL.TLS_CLIENT_METHOD)
    client.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    client.load_verify_locations(CA)
    client.set_min_proto_version(SSL.TLS1_1_VERSION)
    client.set_options(SSL.OP_LEGACY_SERVER_CONNECT)
    return client
